package news.dateline.front;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import news.dateline.account.Editor;
import news.dateline.account.Permission;
import news.dateline.article.ArticleChanged;
import news.dateline.audit.AuditAction;
import news.dateline.audit.AuditLog;
import news.dateline.platform.FieldRefused;
import news.dateline.platform.FormInput;
import news.dateline.platform.NewsroomClock;
import news.dateline.platform.SqlValues;
import news.dateline.platform.UsableText;

/**
 * The breaking-news banner: one published story at a time, shown on every public page from the moment an
 * editor switches it on until it expires or an editor switches it off. A story that leaves the site
 * (withdrawn, back to draft) takes its banner with it in the same transaction. Every change fires
 * {@link BreakingNewsChanged}, which drops every cached page on every server.
 *
 * <p>Switching on is checked against the banner the editor saw: when another editor switched one on or off
 * meanwhile, the change is refused (as a stale article edit is) instead of silently replacing theirs.
 * Changes take a transaction-wide lock, so two at the same moment are decided one after the other.
 */
@ApplicationScoped
@Transactional
public class BreakingNews {

    public static final int MAX_TEXT_LENGTH = 160;
    /** How long a banner may stay up, in hours: the choices the newsroom offers. */
    public static final List<Integer> HOURS = List.of(1, 2, 3, 6, 12, 24);
    public static final int DEFAULT_HOURS = 2;
    /** Lock key of {@code pg_advisory_xact_lock} for changes of the banner. */
    private static final long LOCK = 0x6272656b696e67L;

    /** The live banner: the story, the words shown (its own headline unless the editor wrote others). */
    public record Banner(long id, long articleId, String text, String headline, String slug, Instant publishedAt,
                         Instant expiresAt, String startedBy) {

        /** What readers read in the banner. */
        public String shown() {
            return text == null || text.isBlank() ? headline : text;
        }
    }

    /** A story the newsroom may put in the banner. */
    public record Story(long id, String headline, Instant publishedAt) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    NewsroomClock clock;

    @Inject
    AuditLog audit;

    @Inject
    Event<BreakingNewsChanged> changed;

    /** The banner readers see now, if any (one statement). */
    public Optional<Banner> live() {
        List<?> rows = em.createNativeQuery("select b.id, b.article_id, b.text, a.headline, a.slug, a.published_at,"
                        + " b.expires_at, coalesce(nullif(p.display_name, ''), p.username)"
                        + " from breaking_news b join article a on a.id = b.article_id"
                        + " join account p on p.id = b.started_by"
                        + " where b.ended_at is null and b.expires_at > :now and a.status = 'PUBLISHED'")
                .setParameter("now", Timestamp.from(clock.now()))
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new Banner(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                (String) r[3], (String) r[4], SqlValues.instant(r[5]), SqlValues.instant(r[6]), (String) r[7]));
    }

    /** The newest published stories, for the newsroom's choice (newest first). */
    public List<Story> recentStories(int limit) {
        return em.createNativeQuery("select id, headline, published_at from article where status = 'PUBLISHED'"
                        + " order by published_at desc, id desc limit :limit")
                .setParameter("limit", limit)
                .getResultList().stream().map(row -> {
                    Object[] r = (Object[]) row;
                    return new Story(((Number) r[0]).longValue(), (String) r[1], SqlValues.instant(r[2]));
                }).toList();
    }

    /** A published story by its id (to offer it for the banner), if it is on the site. */
    public Optional<Story> publishedStory(long id) {
        return em.createNativeQuery("select id, headline, published_at from article where id = :id"
                        + " and status = 'PUBLISHED'")
                .setParameter("id", id)
                .getResultList().stream().map(row -> {
                    Object[] r = (Object[]) row;
                    return new Story(((Number) r[0]).longValue(), (String) r[1], SqlValues.instant(r[2]));
                }).findFirst();
    }

    /**
     * Puts a published story in the banner for {@code hours} hours, replacing the banner {@code seen} (the
     * one the editor saw when choosing; null when none was up).
     *
     * @throws FieldRefused for a story that is not on the site, unusable words, a duration not offered, or a
     *         banner changed by someone else since {@code seen} (field {@code banner})
     */
    public Banner switchOn(Editor editor, String articleId, String text, String hours, String seen) {
        editor.require(Permission.PUBLISH_ARTICLE);
        long article = number(articleId, "article", "breaking.error.chooseStory");
        String words = text == null ? "" : text.strip();
        if (!UsableText.usable(words, false)) {
            throw new FieldRefused("text", FormInput.UNUSABLE);
        }
        if (words.length() > MAX_TEXT_LENGTH) {
            throw new FieldRefused("text", "breaking.error.textTooLong", MAX_TEXT_LENGTH);
        }
        int duration = hours == null || hours.isBlank() ? DEFAULT_HOURS
                : (int) number(hours, "hours", "breaking.error.hours");
        if (!HOURS.contains(duration)) {
            throw new FieldRefused("hours", "breaking.error.hours");
        }
        lock();
        requireUnchangedSince(seen);
        List<?> headline = em.createNativeQuery("select headline from article where id = :id and status = 'PUBLISHED'")
                .setParameter("id", article).getResultList();
        if (headline.isEmpty()) {
            throw new FieldRefused("article", "breaking.error.notPublished");
        }
        Instant now = clock.now();
        endLive(now, editor.accountId());
        em.createNativeQuery("insert into breaking_news (article_id, text, started_at, expires_at, started_by)"
                        + " values (:article, :text, :now, :expires, :by)")
                .setParameter("article", article)
                .setParameter("text", words.isEmpty() ? null : words)
                .setParameter("now", Timestamp.from(now))
                .setParameter("expires", Timestamp.from(now.plus(Duration.ofHours(duration))))
                .setParameter("by", editor.accountId())
                .executeUpdate();
        audit.record(AuditAction.BREAKING_NEWS_ON, editor, "article " + article,
                (words.isEmpty() ? (String) headline.get(0) : words) + " (" + duration + " h)");
        changed.fire(new BreakingNewsChanged());
        return live().orElseThrow();
    }

    /**
     * Takes the banner {@code seen} down; nothing happens when no banner is up.
     *
     * @throws FieldRefused when the banner up is not the one the editor saw (field {@code banner})
     */
    public boolean switchOff(Editor editor, String seen) {
        editor.require(Permission.PUBLISH_ARTICLE);
        lock();
        requireUnchangedSince(seen);
        Optional<Banner> banner = live();
        if (banner.isEmpty()) {
            return false;
        }
        endLive(clock.now(), editor.accountId());
        audit.record(AuditAction.BREAKING_NEWS_OFF, editor, "article " + banner.get().articleId(), banner.get().shown());
        changed.fire(new BreakingNewsChanged());
        return true;
    }

    /**
     * Ends the banners whose time is up (run by the publication timer): the cached pages that show one are
     * dropped on every server. Returns how many ended; one server ends each.
     */
    public int endExpired() {
        int ended = em.createNativeQuery("update breaking_news set ended_at = expires_at"
                        + " where ended_at is null and expires_at <= :now")
                .setParameter("now", Timestamp.from(clock.now()))
                .executeUpdate();
        if (ended > 0) {
            changed.fire(new BreakingNewsChanged());
        }
        return ended;
    }

    /** A story that is no longer on the site leaves the banner, in the transaction that took it off. */
    void onArticle(@Observes ArticleChanged change) {
        em.flush();
        int ended = em.createNativeQuery("update breaking_news b set ended_at = greatest(:now, b.started_at)"
                        + " where b.ended_at is null and b.article_id = :id"
                        + " and not exists (select 1 from article a where a.id = :id and a.status = 'PUBLISHED')")
                .setParameter("now", Timestamp.from(clock.now()))
                .setParameter("id", change.articleId())
                .executeUpdate();
        if (ended > 0) {
            changed.fire(new BreakingNewsChanged());
        }
    }

    /** Ends the banner up (an expired one when its time was up). */
    private void endLive(Instant now, long by) {
        em.createNativeQuery("update breaking_news set ended_at = least(:now, expires_at), ended_by = :by"
                        + " where ended_at is null")
                .setParameter("now", Timestamp.from(now))
                .setParameter("by", by)
                .executeUpdate();
    }

    private void requireUnchangedSince(String seen) {
        String expected = seen == null ? "" : seen.strip();
        String actual = live().map(b -> Long.toString(b.id())).orElse("");
        if (!expected.equals(actual)) {
            throw new FieldRefused("banner", "breaking.error.changed");
        }
    }

    private void lock() {
        em.createNativeQuery("select pg_advisory_xact_lock(:key)").setParameter("key", LOCK).getSingleResult();
    }

    private static long number(String value, String field, String messageKey) {
        String given = value == null ? "" : value.strip();
        if (!given.matches("\\d{1,18}")) {
            throw new FieldRefused(field, messageKey);
        }
        return Long.parseLong(given);
    }
}
