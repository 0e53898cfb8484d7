package news.dateline.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import news.dateline.account.Editor;
import news.dateline.platform.NewsroomClock;

/** One account's notifications: newest first, paged by id, and how many are unread. */
@ApplicationScoped
@Transactional
public class Inbox {

    /** A notification as read from the database. */
    public record Item(long id, NotificationKind kind, long articleId, String headline, String actor, String note,
                       Instant at, boolean unread) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    NewsroomClock clock;

    /** The editor's notifications older than {@code beforeId} (null: the newest), at most {@code limit}: one statement. */
    public List<Item> page(Editor editor, Long beforeId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select n.id, n.kind, n.article_id, n.headline, ac.display_name,"
                        + " nb.body, n.at, n.read_at is null from notification n"
                        + " left join account ac on ac.id = n.actor_id left join article_note nb on nb.id = n.note_id"
                        + " where n.account_id = :me and n.id < :before order by n.id desc limit :limit")
                .setParameter("me", editor.accountId())
                .setParameter("before", beforeId == null ? Long.MAX_VALUE : beforeId)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(row -> new Item(((Number) row[0]).longValue(),
                NotificationKind.valueOf((String) row[1]), ((Number) row[2]).longValue(), (String) row[3],
                (String) row[4], (String) row[5], instant(row[6]), (Boolean) row[7])).toList();
    }

    /** Marks read the editor's notifications with ids from {@code oldest} to {@code newest}. */
    public void markRead(Editor editor, long oldest, long newest) {
        em.createNativeQuery("update notification set read_at = :now where account_id = :me and read_at is null"
                        + " and id between :oldest and :newest")
                .setParameter("now", Timestamp.from(clock.now()))
                .setParameter("me", editor.accountId())
                .setParameter("oldest", oldest)
                .setParameter("newest", newest)
                .executeUpdate();
    }

    public long unread(Editor editor) {
        return ((Number) em.createNativeQuery("select count(*) from notification where account_id = :me"
                + " and read_at is null").setParameter("me", editor.accountId()).getSingleResult()).longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
