package news.dateline.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import news.dateline.media.MediaAsset;
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
            + " p.altText, p.focalX, p.focalY)"
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
    public record SitemapEntry(String slug, Instant publishedAt, Instant updatedAt, String headline, String language) {
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

    public List<SitemapEntry> sitemapChunk(long chunk, int chunkSize) {
        return em.createQuery("select new news.dateline.article.PublishedArticles$SitemapEntry(a.slug, a.publishedAt,"
                        + " a.updatedAt, a.headline, a.language) from Article a"
                        + " where a.status = news.dateline.article.ArticleStatus.PUBLISHED"
                        + " and a.id >= :from and a.id < :to order by a.id", SitemapEntry.class)
                .setParameter("from", chunk * chunkSize)
                .setParameter("to", (chunk + 1) * chunkSize)
                .getResultList();
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
        return em.createQuery("select a from Article a join fetch a.section left join fetch a.mainPhoto"
                        + " where a.id = :id and a.status = news.dateline.article.ArticleStatus.PUBLISHED", Article.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .map(this::view);
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
        return em.createQuery("select a from Article a join fetch a.section left join fetch a.mainPhoto"
                        + " where a.slug = :slug and a.status = news.dateline.article.ArticleStatus.PUBLISHED",
                        Article.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .map(this::view);
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
        return em.createQuery("select a from SlugRedirect r, Article a join fetch a.section left join fetch a.mainPhoto"
                        + " where r.slug = :slug and a.id = r.articleId"
                        + " and a.status = news.dateline.article.ArticleStatus.PUBLISHED", Article.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .map(this::view);
    }

    /** Any article as readers would see it once published; the caller checks who may look. */
    public Optional<PublishedArticle> preview(long articleId) {
        return em.createQuery("select a from Article a join fetch a.section left join fetch a.mainPhoto"
                        + " where a.id = :id", Article.class)
                .setParameter("id", articleId)
                .getResultStream()
                .findFirst()
                .map(this::view);
    }

    /**
     * What the article's page shows besides the article's own row, in one statement: its tags, its
     * bylines (with the slugs of the contributors they name), its corrections and the widths of its main
     * photo's renditions.
     */
    private static final String DETAILS = "select"
            + " (select coalesce(json_agg(json_build_array(t.name, t.slug) order by at.position), '[]')::text"
            + "  from article_tag at join tag t on t.id = at.tag_id where at.article_id = :id),"
            + " (select coalesce(json_agg(json_build_array(b.name, b.contributor_id, c.slug) order by b.position),"
            + "  '[]')::text from article_byline b left join contributor c on c.id = b.contributor_id"
            + "  where b.article_id = :id),"
            + " (select coalesce(json_agg(json_build_array((extract(epoch from k.at) * 1000000)::bigint, k.note)"
            + "  order by k.at, k.id), '[]')::text from article_correction k where k.article_id = :id),"
            + " (select coalesce(json_agg(r.width order by r.width), '[]')::text from media_rendition r"
            + "  where r.asset_id = :photo and r.shape = 'full' and r.mime_type = :type)";

    private PublishedArticle view(Article a) {
        MediaAsset photo = a.getMainPhoto();
        Object[] details = (Object[]) em.createNativeQuery(DETAILS)
                .setParameter("id", a.getId())
                .setParameter("photo", photo == null ? -1L : photo.getId())
                .setParameter("type", photo == null ? "" : news.dateline.media.PhotoUrls.fallback(photo.getType())
                        .mimeType())
                .getSingleResult();
        List<PublishedArticle.TagLink> tags = json(details[0]).stream().map(jakarta.json.JsonArray.class::cast)
                .map(t -> new PublishedArticle.TagLink(t.getString(0), t.getString(1))).toList();
        List<jakarta.json.JsonArray> bylines = json(details[1]).stream().map(jakarta.json.JsonArray.class::cast).toList();
        List<PublishedArticle.Correction> corrections = json(details[2]).stream()
                .map(jakarta.json.JsonArray.class::cast)
                .map(c -> new PublishedArticle.Correction(Instant.EPOCH.plus(c.getJsonNumber(0).longValue(),
                        java.time.temporal.ChronoUnit.MICROS), c.getString(1))).toList();
        List<Integer> widths = json(details[3]).stream().map(w -> ((jakarta.json.JsonNumber) w).intValue()).toList();
        return new PublishedArticle(a.getId(), a.getSlug(), a.getHeadline(), a.getLead(), a.getBodyHtml(),
                a.getDatelinePlace(), a.getAgencyMark(), a.getSection().getName(), a.getSection().getSlug(),
                a.getPublishedAt() != null ? a.getPublishedAt() : a.getUpdatedAt(), a.getUpdatedAt(),
                bylines.stream().map(b -> b.getString(0)).toList(), tags,
                photo == null ? null : new PublishedArticle.Photo(photo.getId(), photo.getType().extension(),
                        photo.getWidth(), photo.getHeight(), a.getPhotoCaption(), photo.getCredit(),
                        widths, photo.getAltText(), photo.getFocalPoint()),
                corrections,
                bylines.stream().map(b -> b.isNull(1) ? null : b.getJsonNumber(1).longValue()).toList(),
                bylines.stream().map(b -> b.isNull(2) ? null : b.getString(2)).toList());
    }

    private static jakarta.json.JsonArray json(Object text) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(
                String.valueOf(text)))) {
            return reader.readArray();
        }
    }
}
