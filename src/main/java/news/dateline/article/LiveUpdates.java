package news.dateline.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import news.dateline.account.Editor;
import news.dateline.account.Permission;
import news.dateline.audit.AuditAction;
import news.dateline.audit.AuditLog;
import news.dateline.platform.FieldRefused;
import news.dateline.platform.FormInput;
import news.dateline.platform.NewsroomClock;
import news.dateline.platform.SqlValues;
import news.dateline.platform.UsableText;

/**
 * Live stories: an editor posts timestamped updates to a published story (the text, optionally a photo
 * from the library), which its page shows newest first. Posting is one transaction: the update, the
 * story's time of change and the drop of every page that shows the story.
 */
@ApplicationScoped
@Transactional
public class LiveUpdates {

    public static final int MAX_TEXT_LENGTH = 5000;

    /** An update as the newsroom lists it. */
    public record Posted(long id, Instant postedAt, String text, String postedBy, Long photoId) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    NewsroomClock clock;

    @Inject
    AuditLog audit;

    @Inject
    Event<ArticleChanged> changed;

    /**
     * Posts an update to a published story.
     *
     * @throws FieldRefused for empty, unusable or too long text ({@code text}), a photo not in the library
     *         ({@code photo}), or a story that is not on the site ({@code article})
     */
    public long post(Editor editor, long articleId, String text, String photo) {
        editor.require(Permission.PUBLISH_ARTICLE);
        String words = text == null ? "" : text.strip().replace("\r\n", "\n");
        if (!UsableText.usable(words, true)) {
            throw new FieldRefused("text", FormInput.UNUSABLE);
        }
        if (words.isEmpty()) {
            throw new FieldRefused("text", "live.error.empty");
        }
        if (words.length() > MAX_TEXT_LENGTH) {
            throw new FieldRefused("text", "live.error.tooLong", MAX_TEXT_LENGTH);
        }
        Long photoId = photo(photo);
        Article article = published(articleId);
        Instant now = clock.now();
        Long id = ((Number) em.createNativeQuery("insert into article_live_update (article_id, text, photo_id,"
                        + " posted_by, posted_at) values (:article, :text, :photo, :by, :at) returning id")
                .setParameter("article", articleId)
                .setParameter("text", words)
                .setParameter("photo", photoId)
                .setParameter("by", editor.accountId())
                .setParameter("at", Timestamp.from(now))
                .getSingleResult()).longValue();
        touched(article, now);
        audit.record(AuditAction.LIVE_UPDATE_POSTED, editor, "article " + articleId,
                words.length() > 120 ? words.substring(0, 120) + "…" : words);
        return id;
    }

    /** Takes an update off the story (a mistake posted): it leaves the page, the feeds and the API at once. */
    public void remove(Editor editor, long articleId, long updateId) {
        editor.require(Permission.PUBLISH_ARTICLE);
        Article article = em.find(Article.class, articleId);
        List<?> text = em.createNativeQuery("delete from article_live_update where id = :id and article_id = :article"
                        + " returning text")
                .setParameter("id", updateId).setParameter("article", articleId).getResultList();
        if (article == null || text.isEmpty()) {
            throw new FieldRefused("update", "live.error.noSuchUpdate");
        }
        touched(article, clock.now());
        audit.record(AuditAction.LIVE_UPDATE_REMOVED, editor, "article " + articleId, String.valueOf(text.get(0)));
    }

    /** The story's updates, newest first. */
    public List<Posted> of(long articleId, int limit) {
        return em.createNativeQuery("select l.id, l.posted_at, l.text, coalesce(nullif(w.display_name, ''), w.username),"
                        + " l.photo_id from article_live_update l join account w on w.id = l.posted_by"
                        + " where l.article_id = :article order by l.posted_at desc, l.id desc limit :limit")
                .setParameter("article", articleId)
                .setParameter("limit", limit)
                .getResultList().stream().map(row -> {
                    Object[] r = (Object[]) row;
                    return new Posted(((Number) r[0]).longValue(), SqlValues.instant(r[1]), (String) r[2], (String) r[3],
                            r[4] == null ? null : ((Number) r[4]).longValue());
                }).toList();
    }

    private Article published(long articleId) {
        Article article = em.find(Article.class, articleId);
        if (article == null || article.getStatus() != ArticleStatus.PUBLISHED) {
            throw new FieldRefused("article", "live.error.notPublished");
        }
        return article;
    }

    private Long photo(String value) {
        String given = value == null ? "" : value.strip();
        if (given.isEmpty()) {
            return null;
        }
        if (!given.matches("\\d{1,18}")) {
            throw new FieldRefused("photo", "live.error.noSuchPhoto");
        }
        long id = Long.parseLong(given);
        if (em.createNativeQuery("select 1 from media_asset where id = :id").setParameter("id", id).getResultList().isEmpty()) {
            throw new FieldRefused("photo", "live.error.noSuchPhoto");
        }
        return id;
    }

    /** The story changed for readers now: its time of change moves, and every page that shows it is dropped. */
    private void touched(Article article, Instant now) {
        em.createNativeQuery("update article set updated_at = :now where id = :id")
                .setParameter("now", Timestamp.from(now)).setParameter("id", article.getId()).executeUpdate();
        changed.fire(ArticleChanged.shownAt(article));
    }
}
