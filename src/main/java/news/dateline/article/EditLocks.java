package news.dateline.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import news.dateline.platform.SqlValues;
import news.dateline.account.Editor;
import news.dateline.audit.AuditAction;
import news.dateline.audit.AuditLog;

/**
 * Soft edit locks: who has an article open. A lock is kept alive by heartbeats from the editor
 * page and lapses by itself when they stop (the browser went away). It warns, it does not forbid:
 * anyone may take over, and optimistic locking still guarantees that no save is lost.
 */
@ApplicationScoped
@Transactional
public class EditLocks {

    static final Duration EXPIRY = Duration.ofMinutes(2);

    /** Who holds the lock of an article, as the asking editor sees it. */
    public record Holder(boolean mine, String name, Instant since) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    news.dateline.platform.NewsroomClock clock;

    /** Takes the lock unless someone else holds a live one; either way, says who holds it now. */
    public Holder open(Editor editor, long articleId) {
        Instant now = clock.now();
        em.createNativeQuery("insert into edit_lock (article_id, account_id, account_name, acquired_at, heartbeat_at)"
                        + " values (:article, :me, :name, :now, :now) on conflict (article_id) do update"
                        + " set account_id = :me, account_name = :name,"
                        + " acquired_at = case when edit_lock.account_id = :me then edit_lock.acquired_at else :now end,"
                        + " heartbeat_at = :now"
                        + " where edit_lock.account_id = :me or edit_lock.heartbeat_at < :expired")
                .setParameter("article", articleId)
                .setParameter("me", editor.accountId())
                .setParameter("name", editor.displayName())
                .setParameter("now", Timestamp.from(now))
                .setParameter("expired", Timestamp.from(now.minus(EXPIRY)))
                .executeUpdate();
        return holder(editor, articleId);
    }

    /** A heartbeat: keeps the editor's lock alive, if it is still theirs. */
    public Holder heartbeat(Editor editor, long articleId) {
        em.createNativeQuery("update edit_lock set heartbeat_at = :now where article_id = :article and account_id = :me")
                .setParameter("now", Timestamp.from(clock.now()))
                .setParameter("article", articleId)
                .setParameter("me", editor.accountId())
                .executeUpdate();
        return holder(editor, articleId);
    }

    /** Takes the lock from whoever holds it; they are told on their next heartbeat or save. */
    public Holder takeOver(Editor editor, long articleId) {
        Holder before = holder(editor, articleId);
        Instant now = clock.now();
        em.createNativeQuery("insert into edit_lock (article_id, account_id, account_name, acquired_at, heartbeat_at)"
                        + " values (:article, :me, :name, :now, :now) on conflict (article_id) do update"
                        + " set account_id = :me, account_name = :name, acquired_at = :now, heartbeat_at = :now")
                .setParameter("article", articleId)
                .setParameter("me", editor.accountId())
                .setParameter("name", editor.displayName())
                .setParameter("now", Timestamp.from(now))
                .executeUpdate();
        if (before != null && !before.mine()) {
            audit.record(AuditAction.EDIT_LOCK_TAKEN_OVER, editor, "article " + articleId, "from " + before.name());
        }
        return holder(editor, articleId);
    }

    /** Lets go of the editor's lock, e.g. once they have handed the story to the editors. */
    public void release(Editor editor, long articleId) {
        em.createNativeQuery("delete from edit_lock where article_id = :article and account_id = :me")
                .setParameter("article", articleId)
                .setParameter("me", editor.accountId())
                .executeUpdate();
    }

    /** The live lock on the article, or null when nobody holds one. */
    public Holder holder(Editor editor, long articleId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select account_id, account_name, acquired_at from edit_lock"
                        + " where article_id = :article and heartbeat_at >= :expired")
                .setParameter("article", articleId)
                .setParameter("expired", Timestamp.from(clock.now().minus(EXPIRY)))
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = rows.get(0);
        return new Holder(((Number) row[0]).longValue() == editor.accountId(), (String) row[1],
                SqlValues.instant(row[2]));
    }
}
