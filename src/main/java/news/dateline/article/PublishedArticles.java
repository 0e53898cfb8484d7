package news.dateline.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import news.dateline.platform.PageKey;

/**
 * The read side for readers: published articles only, newest first by (publication time, id).
 * A listing is one query; a page of {@code limit} items never loads an entity per item.
 */
@ApplicationScoped
@Transactional
public class PublishedArticles {

    @jakarta.inject.Inject
    news.dateline.platform.NewsroomClock clock;

    private static final String SUMMARY = "select new news.dateline.article.ArticleSummary("
            + "a.id, a.slug, a.headline, a.lead, s.name, s.slug, a.publishedAt, a.updatedAt,"
            + " p.id, p.mimeType, p.width, coalesce(a.photoCaption, p.caption), p.byteSize, p.credit,"
            + " p.altText, p.focalX, p.focalY, a.language)"
            + " from Article a join a.section s left join a.mainPhoto p";
    private static final String PUBLISHED = " where a.status = news.dateline.article.ArticleStatus.PUBLISHED";
    private static final String NEWEST_FIRST = " order by a.publishedAt desc, a.id desc";
    private static final String AFTER_KEY = " and (a.publishedAt, a.id) < (:publishedAt, :id)";

    @PersistenceContext
    EntityManager em;

    /** Up to {@code limit} articles older than {@code after} (or the newest, when it is null). */
    public List<ArticleSummary> newest(PageKey after, int limit) {
        return page(SUMMARY + PUBLISHED, after, limit, null, null);
    }

    public List<ArticleSummary> newestInSection(String sectionSlug, PageKey after, int limit) {
        return page(SUMMARY + PUBLISHED + " and s.slug = :key", after, limit, "key", sectionSlug);
    }

    public List<ArticleSummary> newestTagged(String tagSlug, PageKey after, int limit) {
        return page(SUMMARY + " join a.tags t" + PUBLISHED + " and t.slug = :key", after, limit, "key", tagSlug);
    }

    public List<ArticleSummary> newestBy(long contributorId, PageKey after, int limit) {
        return page(SUMMARY + " join a.bylines b" + PUBLISHED + " and b.contributorId = :key", after, limit, "key",
                contributorId);
    }

    /** One article as a sitemap lists it. */
    /** An article in a sitemap; {@code translation} is its published translation, or null. */
    public record SitemapEntry(String slug, Instant publishedAt, Instant updatedAt, String headline, String language,
                               PublishedArticle.Translation translation) {

        public SitemapEntry(String slug, Instant publishedAt, Instant updatedAt, String headline, String language) {
            this(slug, publishedAt, updatedAt, headline, language, null);
        }
    }

    /** Sitemap pages: published articles grouped by id range, with each range's newest change. */
    public java.util.Map<Long, Instant> sitemapChunks(int chunkSize) {
        java.util.Map<Long, Instant> chunks = new java.util.TreeMap<>();
        String chunkOf = "a.id / " + chunkSize;
        em.createQuery("select " + chunkOf + ", max(a.updatedAt) from Article a"
                        + " where a.status = news.dateline.article.ArticleStatus.PUBLISHED group by " + chunkOf,
                        Object[].class)
                .getResultList()
                .forEach(row -> chunks.put(((Number) row[0]).longValue(), (Instant) row[1]));
        return chunks;
    }

    /** A sitemap page's articles, each with its published translation (for {@code hreflang}). */
    public List<SitemapEntry> sitemapChunk(long chunk, int chunkSize) {
        List<?> rows = em.createNativeQuery("select a.slug, a.published_at, a.updated_at, a.headline, a.language,"
                        + " t.id, t.slug as t_slug, t.published_at as t_published_at, t.language as t_language"
                        + " from article a left join article t on t.id = a.translation_id and t.status = 'PUBLISHED'"
                        + " where a.status = 'PUBLISHED' and a.id >= :from and a.id < :to order by a.id")
                .setParameter("from", chunk * chunkSize)
                .setParameter("to", (chunk + 1) * chunkSize)
                .getResultList();
        return rows.stream().map(row -> (Object[]) row).map(r -> new SitemapEntry((String) r[0],
                news.dateline.platform.SqlValues.instant(r[1]), news.dateline.platform.SqlValues.instant(r[2]),
                (String) r[3], (String) r[4], r[5] == null ? null : new PublishedArticle.Translation(number(r[5]),
                (String) r[6], news.dateline.platform.SqlValues.instant(r[7]), (String) r[8]))).toList();
    }

    /** Published since {@code since}, newest first, at most {@code limit}: for the news sitemap. */
    public List<SitemapEntry> publishedSince(Instant since, int limit) {
        return em.createQuery("select new news.dateline.article.PublishedArticles$SitemapEntry(a.slug, a.publishedAt,"
                        + " a.updatedAt, a.headline, a.language) from Article a"
                        + " where a.status = news.dateline.article.ArticleStatus.PUBLISHED and a.publishedAt >= :since"
                        + " and a.publishedAt <= :now order by a.publishedAt desc, a.id desc", SitemapEntry.class)
                .setParameter("since", since)
                .setParameter("now", clock.now())
                .setMaxResults(limit)
                .getResultList();
    }

    /** Up to {@code limit} other published articles from the same section or with a shared tag, newest first. */
    public List<ArticleSummary> related(PublishedArticle article, int limit) {
        List<String> tagSlugs = article.tags().stream().map(PublishedArticle.TagLink::slug).toList();
        TypedQuery<ArticleSummary> query = em.createQuery(SUMMARY + PUBLISHED + " and a.id <> :id and (s.slug = :section"
                        + (tagSlugs.isEmpty() ? "" : " or exists (select 1 from Article o join o.tags t"
                        + " where o.id = a.id and t.slug in :tags)") + ")" + NEWEST_FIRST, ArticleSummary.class)
                .setParameter("id", article.id())
                .setParameter("section", article.sectionSlug());
        if (!tagSlugs.isEmpty()) {
            query.setParameter("tags", tagSlugs);
        }
        return query.setMaxResults(limit).getResultList();
    }

    /** A published article as a listing shows it, with the slugs of its tags. */
    public record TaggedSummary(ArticleSummary summary, java.util.Set<String> tagSlugs) {
    }

    /** The {@code limit} newest published articles with their tags, newest first: two statements. */
    public List<TaggedSummary> newestWithTags(int limit) {
        List<ArticleSummary> newest = page(SUMMARY + PUBLISHED, null, limit, null, null);
        java.util.Map<Long, java.util.Set<String>> tags = new java.util.HashMap<>();
        if (!newest.isEmpty()) {
            em.createQuery("select a.id, t.slug from Article a join a.tags t where a.id in :ids", Object[].class)
                    .setParameter("ids", newest.stream().map(ArticleSummary::id).toList())
                    .getResultList()
                    .forEach(row -> tags.computeIfAbsent((Long) row[0], id -> new java.util.HashSet<>())
                            .add((String) row[1]));
        }
        return newest.stream().map(summary -> new TaggedSummary(summary,
                java.util.Set.copyOf(tags.getOrDefault(summary.id(), java.util.Set.of())))).toList();
    }

    /**
     * The published stories a front may show, newest first, in one statement: the stories placed on it, the
     * {@code newest} newest of the front's scope (the whole site, or the section {@code scopeSection}), and the
     * {@code perSection} newest of each section in {@code sectionSlugs}. Placed stories not published are left out.
     */
    public List<ArticleSummary> frontCandidates(java.util.Collection<Long> placed, String scopeSection, int newest,
                                                java.util.Collection<String> sectionSlugs, int perSection) {
        jakarta.persistence.Query query = em.createNativeQuery("with pool as ("
                        + " select a.id from article a where a.id = any(cast(string_to_array(:placed, ',') as bigint[]))"
                        + " union (select a.id from article a where a.status = 'PUBLISHED'"
                        + (scopeSection == null ? "" : " and a.section_id = (select id from section where slug = :scope)")
                        + " order by a.published_at desc, a.id desc limit :newest)"
                        + " union select x.id from section s cross join lateral (select a.id from article a"
                        + " where a.section_id = s.id and a.status = 'PUBLISHED' order by a.published_at desc, a.id desc"
                        + " limit :perSection) x where s.slug = any(string_to_array(:sections, ','))"
                        + ") select a.id, a.slug, a.headline, a.lead, s.name, s.slug, a.published_at, a.updated_at,"
                        + " p.id as photo_id, p.mime_type, p.width, coalesce(a.photo_caption, p.caption), p.byte_size,"
                        + " p.credit, p.alt_text, p.focal_x, p.focal_y, a.language"
                        + " from article a join section s on s.id = a.section_id left join media_asset p on p.id = a.main_photo_id"
                        + " where a.id in (select id from pool) and a.status = 'PUBLISHED'"
                        + " order by a.published_at desc, a.id desc")
                .setParameter("placed", String.join(",", placed.stream().map(String::valueOf).toList()))
                .setParameter("newest", newest)
                .setParameter("perSection", perSection)
                .setParameter("sections", String.join(",", sectionSlugs));
        if (scopeSection != null) {
            query.setParameter("scope", scopeSection);
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new ArticleSummary(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    (String) r[4], (String) r[5], news.dateline.platform.SqlValues.instant(r[6]),
                    news.dateline.platform.SqlValues.instant(r[7]), r[8] == null ? null : ((Number) r[8]).longValue(),
                    (String) r[9], r[10] == null ? null : ((Number) r[10]).intValue(), (String) r[11],
                    r[12] == null ? null : ((Number) r[12]).longValue(), (String) r[13], (String) r[14],
                    r[15] == null ? null : ((Number) r[15]).intValue(), r[16] == null ? null : ((Number) r[16]).intValue(),
                    (String) r[17]);
        }).toList();
    }

    /** Published articles changed after {@code since}, oldest change first (for polling clients). */
    public List<ArticleSummary> changedSince(Instant since, long afterId, int limit) {
        return em.createQuery(SUMMARY + PUBLISHED + " and (a.updatedAt, a.id) > (:since, :id)"
                        + " order by a.updatedAt, a.id", ArticleSummary.class)
                .setParameter("since", since)
                .setParameter("id", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    public Optional<PublishedArticle> byId(long id) {
        return articlePage(" where a.id = :key and a.status = 'PUBLISHED'", id);
    }

    /** The name of a tag, when some published article carries it. */
    public Optional<String> tagName(String tagSlug) {
        return em.createQuery("select t.name from Tag t where t.slug = :slug", String.class)
                .setParameter("slug", tagSlug).getResultStream().findFirst();
    }

    private List<ArticleSummary> page(String jpql, PageKey after, int limit, String keyName, Object key) {
        String query = jpql + (after == null ? "" : AFTER_KEY) + NEWEST_FIRST;
        TypedQuery<ArticleSummary> typed = em.createQuery(query, ArticleSummary.class).setMaxResults(limit);
        if (after != null) {
            typed.setParameter("publishedAt", after.at()).setParameter("id", after.id());
        }
        if (keyName != null) {
            typed.setParameter(keyName, key);
        }
        return typed.getResultList();
    }

    public Optional<PublishedArticle> bySlug(String slug) {
        return articlePage(" where a.slug = :key and a.status = 'PUBLISHED'", slug);
    }

    /**
     * Why the article at this slug is off the site: it was withdrawn, or it was published and then
     * taken back to the desk with a reason (until it is published again).
     */
    public Optional<String> withdrawalReason(String slug) {
        return em.createQuery("select a.withdrawalReason from Article a where a.slug = :slug"
                        + " and (a.status = news.dateline.article.ArticleStatus.WITHDRAWN or (a.firstPublishedAt is not null"
                        + " and a.status <> news.dateline.article.ArticleStatus.PUBLISHED and a.withdrawalReason is not null))",
                        String.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .map(reason -> reason == null ? "" : reason);
    }

    /** The published article that used to have this slug. */
    public Optional<PublishedArticle> formerlyAt(String slug) {
        return articlePage(" join article_slug_history h on h.article_id = a.id where h.slug = :key"
                + " and a.status = 'PUBLISHED'", slug);
    }

    /**
     * The updates of a published story, newest first (at most {@value #LIVE_UPDATES_SHOWN}), in one statement;
     * empty when the story is not on the site.
     */
    public Optional<LiveStory> liveUpdates(long articleId) {
        List<?> rows = em.createNativeQuery("select (select coalesce(json_agg(json_build_array(u.id,"
                        + " (extract(epoch from u.posted_at) * 1000000)::bigint, u.text, u.posted_by_name, u.photo_id,"
                        + " u.mime_type, u.width, u.alt_text, u.focal_x, u.focal_y) order by u.posted_at desc, u.id desc),"
                        + " '[]')::text from (select l.id, l.posted_at, l.text,"
                        + " coalesce(nullif(w.display_name, ''), w.username) as posted_by_name, l.photo_id, m.mime_type,"
                        + " m.width, m.alt_text, m.focal_x, m.focal_y from article_live_update l"
                        + " join account w on w.id = l.posted_by left join media_asset m on m.id = l.photo_id"
                        + " where l.article_id = a.id order by l.posted_at desc, l.id desc limit " + LIVE_UPDATES_SHOWN
                        + ") u), a.language from article a where a.id = :id and a.status = 'PUBLISHED'")
                .setParameter("id", articleId)
                .getResultList();
        return rows.stream().findFirst().map(row -> (Object[]) row)
                .map(row -> new LiveStory((String) row[1], liveUpdates(row[0])));
    }

    /** A published story's updates (newest first) and the language they are written in (the story's). */
    public record LiveStory(String language, List<PublishedArticle.LiveUpdate> updates) {
    }

    /** A live update as feeds list it. */
    public record FeedUpdate(long articleId, long id, Instant postedAt, String text, String postedBy) {
    }

    /** The newest {@code perArticle} updates of each of these stories, newest first, in one statement. */
    public java.util.Map<Long, List<FeedUpdate>> recentLiveUpdates(java.util.Collection<Long> articleIds, int perArticle) {
        java.util.Map<Long, List<FeedUpdate>> updates = new java.util.HashMap<>();
        if (articleIds.isEmpty()) {
            return updates;
        }
        em.createNativeQuery("select a.id, x.id as update_id, x.posted_at, x.text, x.name"
                        + " from unnest(cast(string_to_array(:ids, ',') as bigint[])) as a(id) cross join lateral"
                        + " (select l.id, l.posted_at, l.text, coalesce(nullif(w.display_name, ''), w.username) as name"
                        + " from article_live_update l join account w on w.id = l.posted_by where l.article_id = a.id"
                        + " order by l.posted_at desc, l.id desc limit :n) x")
                .setParameter("ids", String.join(",", articleIds.stream().map(String::valueOf).toList()))
                .setParameter("n", perArticle)
                .getResultList().forEach(row -> {
                    Object[] r = (Object[]) row;
                    long article = ((Number) r[0]).longValue();
                    updates.computeIfAbsent(article, id -> new java.util.ArrayList<>()).add(new FeedUpdate(article,
                            ((Number) r[1]).longValue(), news.dateline.platform.SqlValues.instant(r[2]), (String) r[3],
                            (String) r[4]));
                });
        return updates;
    }

    /** Any article as readers would see it once published; the caller checks who may look. */
    public Optional<PublishedArticle> preview(long articleId) {
        return articlePage(" where a.id = :key", articleId);
    }

    /**
     * Everything an article's page shows, in one statement: the article's row with its section and main
     * photo, its tags, its bylines (with the slugs of the contributors they name), its corrections and
     * the widths of its main photo's renditions. Read into a view, never into managed entities: nothing
     * is loaded into the persistence context, so there is nothing to check for changes at commit.
     */
    /** How many of a live story's updates its page shows (the newest). */
    public static final int LIVE_UPDATES_SHOWN = 200;

    private static final String PAGE = "select a.id, a.slug, a.headline, a.lead, a.body_html, a.dateline_place,"
            + " a.agency_mark, s.name, s.slug, coalesce(a.published_at, a.updated_at), a.updated_at,"
            + " coalesce(a.photo_caption, p.caption), p.id, p.mime_type, p.width, p.height, p.credit, p.alt_text,"
            + " p.focal_x, p.focal_y,"
            + " (select coalesce(json_agg(json_build_array(t.name, t.slug) order by at.position), '[]')::text"
            + "  from article_tag at join tag t on t.id = at.tag_id where at.article_id = a.id),"
            + " (select coalesce(json_agg(json_build_array(b.name, b.contributor_id, c.slug) order by b.position),"
            + "  '[]')::text from article_byline b left join contributor c on c.id = b.contributor_id"
            + "  where b.article_id = a.id),"
            + " (select coalesce(json_agg(json_build_array((extract(epoch from k.at) * 1000000)::bigint, k.note)"
            + "  order by k.at, k.id), '[]')::text from article_correction k where k.article_id = a.id),"
            + " (select coalesce(json_agg(json_build_array(r.mime_type, r.width) order by r.width), '[]')::text"
            + "  from media_rendition r where r.asset_id = p.id and r.shape = 'full'),"
            + " (select coalesce(json_agg(json_build_array(u.id, (extract(epoch from u.posted_at) * 1000000)::bigint,"
            + "  u.text, u.posted_by_name, u.photo_id, u.mime_type, u.width, u.alt_text, u.focal_x, u.focal_y)"
            + "  order by u.posted_at desc, u.id desc), '[]')::text from (select l.id, l.posted_at, l.text,"
            + "  coalesce(nullif(w.display_name, ''), w.username) as posted_by_name, l.photo_id, m.mime_type, m.width,"
            + "  m.alt_text, m.focal_x, m.focal_y from article_live_update l join account w on w.id = l.posted_by"
            + "  left join media_asset m on m.id = l.photo_id where l.article_id = a.id"
            + "  order by l.posted_at desc, l.id desc limit " + LIVE_UPDATES_SHOWN + ") u),"
            + " a.language, a.translation_id, tr.slug, tr.published_at, tr.language"
            + " from article a join section s on s.id = a.section_id left join media_asset p on p.id = a.main_photo_id"
            + " left join article tr on tr.id = a.translation_id and tr.status = 'PUBLISHED'";

    /** The one article that {@code where} (with its {@code :key}) finds, as its page shows it. */
    private Optional<PublishedArticle> articlePage(String where, Object key) {
        // The limit is written into the statement: Hibernate adds one given as setMaxResults to a native
        // statement with a regular expression over its whole text, on every call (5 % of an uncached page).
        List<?> rows = em.createNativeQuery(PAGE + where + " limit 1")
                .setParameter("key", key)
                .getResultList();
        return rows.stream().map(row -> view((Object[]) row)).findFirst();
    }

    private static PublishedArticle view(Object[] row) {
        List<PublishedArticle.TagLink> tags = json(row[20]).stream().map(jakarta.json.JsonArray.class::cast)
                .map(t -> new PublishedArticle.TagLink(t.getString(0), t.getString(1))).toList();
        List<jakarta.json.JsonArray> bylines = json(row[21]).stream().map(jakarta.json.JsonArray.class::cast).toList();
        List<PublishedArticle.Correction> corrections = json(row[22]).stream()
                .map(jakarta.json.JsonArray.class::cast)
                .map(c -> new PublishedArticle.Correction(Instant.EPOCH.plus(c.getJsonNumber(0).longValue(),
                        java.time.temporal.ChronoUnit.MICROS), c.getString(1))).toList();
        PublishedArticle.Photo photo = null;
        if (row[12] != null) {
            news.dateline.media.ImageType type = news.dateline.media.ImageType.ofMimeType((String) row[13]);
            String shownAs = news.dateline.media.PhotoUrls.fallback(type).mimeType();
            List<Integer> widths = json(row[23]).stream().map(jakarta.json.JsonArray.class::cast)
                    .filter(r -> r.getString(0).equals(shownAs)).map(r -> r.getInt(1)).toList();
            photo = new PublishedArticle.Photo(number(row[12]), type.extension(), (int) number(row[14]),
                    (int) number(row[15]), (String) row[11], (String) row[16], widths, (String) row[17],
                    news.dateline.media.FocalPoint.of(integer(row[18]), integer(row[19])));
        }
        return new PublishedArticle(number(row[0]), (String) row[1], (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], (String) row[6], (String) row[7], (String) row[8],
                news.dateline.platform.SqlValues.instant(row[9]), news.dateline.platform.SqlValues.instant(row[10]),
                bylines.stream().map(b -> b.getString(0)).toList(), tags, photo, corrections,
                bylines.stream().map(b -> b.isNull(1) ? null : b.getJsonNumber(1).longValue()).toList(),
                bylines.stream().map(b -> b.isNull(2) ? null : b.getString(2)).toList(), liveUpdates(row[24]),
                (String) row[25], row[26] == null ? null : number(row[26]), row[27] == null ? null
                        : new PublishedArticle.Translation(number(row[26]), (String) row[27],
                        news.dateline.platform.SqlValues.instant(row[28]), (String) row[29]));
    }

    private static List<PublishedArticle.LiveUpdate> liveUpdates(Object text) {
        return json(text).stream().map(jakarta.json.JsonArray.class::cast).map(u -> new PublishedArticle.LiveUpdate(
                u.getJsonNumber(0).longValue(),
                Instant.EPOCH.plus(u.getJsonNumber(1).longValue(), java.time.temporal.ChronoUnit.MICROS),
                u.getString(2), u.getString(3), u.isNull(4) ? null : new PublishedArticle.LiveUpdatePhoto(
                        u.getJsonNumber(4).longValue(), u.getString(5), u.getInt(6),
                        u.isNull(7) ? "" : u.getString(7),
                        news.dateline.media.FocalPoint.of(u.isNull(8) ? null : u.getInt(8), u.isNull(9) ? null : u.getInt(9)))))
                .toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static jakarta.json.JsonArray json(Object text) {
        return news.dateline.platform.JsonSupport.readArray(String.valueOf(text));
    }
}
