package news.dateline.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import news.dateline.account.Permission;
import news.dateline.account.Role;
import news.dateline.article.EditorialNote;
import news.dateline.article.NoteWritten;
import news.dateline.article.StoryEvent;
import news.dateline.platform.NewsroomClock;
import news.dateline.platform.Settings;

/**
 * Writes the newsroom's notifications from the desk's events, in the transaction of the action
 * that caused them (they commit with it or not at all). Submissions go to everyone who may
 * publish; returns, schedules, publications and corrections to the story's writer; mentions to
 * the colleague named. Nobody is told about their own action. Each fan-out is one statement; when
 * an SMTP server is configured, the same statement queues an e-mail for each account that has an
 * address (see {@link MailOutbox}), which the mail thread sends once the action has committed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Notifications {

    private static final long NOBODY = -1;

    @PersistenceContext
    EntityManager em;

    @Inject
    NewsroomClock clock;

    @Inject
    Settings settings;

    @Inject
    MailDelivery mailDelivery;

    void onStory(@Observes StoryEvent event) {
        NotificationKind kind = NotificationKind.of(event.kind());
        if (kind == NotificationKind.SUBMITTED) {
            toRolesWith(Permission.PUBLISH_ARTICLE, kind, event);
        } else {
            toWriter(kind, event.articleId(), event.headline(), event.writerId(), event.actorId(), null);
        }
    }

    void onNote(@Observes NoteWritten written) {
        EditorialNote note = written.note();
        if (note.isReturned()) {
            toWriter(NotificationKind.RETURNED, note.getArticleId(), written.headline(), written.writerId(),
                    note.getAccountId(), note.getId());
        }
        mentioned(note, written.headline(), written.writerId());
    }

    /**
     * Tells the colleagues named with {@code @username} in the note: editors, and the story's own
     * writer; other writers, who may not open the story, are not told.
     */
    private void mentioned(EditorialNote note, String headline, Long writerId) {
        Set<String> names = EditorialNote.mentions(note.getBody());
        if (names.isEmpty()) {
            return;
        }
        run(write("insert into notification (account_id, kind, article_id, headline, actor_id, note_id, at)"
                        + " select a.id, 'MENTIONED', :article, :headline, nullif(:actor, " + NOBODY + "), :note, :at"
                        + " from account a where a.enabled and lower(a.username) in (:names) and a.id <> :actor"
                        + " and (a.role in (:readers) or a.id = :writer)", note.getAt())
                .setParameter("article", note.getArticleId())
                .setParameter("headline", headline)
                .setParameter("actor", note.getAccountId() == null ? NOBODY : note.getAccountId())
                .setParameter("note", note.getId())
                .setParameter("at", Timestamp.from(note.getAt()))
                .setParameter("names", names)
                .setParameter("readers", rolesWith(Permission.EDIT_ANY_ARTICLE))
                .setParameter("writer", writerId == null ? NOBODY : writerId));
    }

    private void toRolesWith(Permission permission, NotificationKind kind, StoryEvent event) {
        Instant now = clock.now();
        run(write("insert into notification (account_id, kind, article_id, headline, actor_id, at)"
                        + " select a.id, :kind, :article, :headline, nullif(:actor, " + NOBODY + "), :at"
                        + " from account a where a.enabled and a.role in (:roles) and a.id <> :actor", now)
                .setParameter("kind", kind.name())
                .setParameter("article", event.articleId())
                .setParameter("headline", event.headline())
                .setParameter("actor", event.actorId() == null ? NOBODY : event.actorId())
                .setParameter("at", Timestamp.from(now))
                .setParameter("roles", rolesWith(permission)));
    }

    private void toWriter(NotificationKind kind, long articleId, String headline, Long writerId, Long actorId,
                          Long noteId) {
        if (writerId == null || writerId.equals(actorId)) {
            return;
        }
        Instant now = clock.now();
        run(write("insert into notification (account_id, kind, article_id, headline, actor_id, note_id, at)"
                        + " select a.id, :kind, :article, :headline, nullif(:actor, " + NOBODY + "),"
                        + " nullif(:note, " + NOBODY + "), :at from account a where a.id = :writer and a.enabled", now)
                .setParameter("kind", kind.name())
                .setParameter("article", articleId)
                .setParameter("headline", headline)
                .setParameter("actor", actorId == null ? NOBODY : actorId)
                .setParameter("note", noteId == null ? NOBODY : noteId)
                .setParameter("at", Timestamp.from(now))
                .setParameter("writer", writerId));
    }

    /**
     * The statement that writes notification rows, also queueing their e-mails when SMTP is
     * configured; bind its parameters and hand it to {@link #run}.
     */
    private MailingQuery write(String insertNotifications, Instant queuedAt) {
        if (!settings.mailEnabled()) {
            return new MailingQuery(em.createNativeQuery(insertNotifications), false);
        }
        return new MailingQuery(em.createNativeQuery(MailOutbox.withMail(insertNotifications))
                .setParameter("queued", Timestamp.from(queuedAt)), true);
    }

    /** A statement that writes notifications, and whether it also queues their e-mails. */
    private record MailingQuery(Query query, boolean mail) {

        MailingQuery setParameter(String name, Object value) {
            query.setParameter(name, value);
            return this;
        }
    }

    /** Runs the statement; when it queued e-mail, the mail thread is asked to send it after the commit. */
    private void run(MailingQuery statement) {
        int written = statement.query().executeUpdate();
        if (statement.mail() && written > 0) {
            mailDelivery.afterCommit();
        }
    }

    private static List<String> rolesWith(Permission permission) {
        return Arrays.stream(Role.values()).filter(permission::grantedTo).map(Role::name).toList();
    }
}
