package news.dateline.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.dateline.account.Editor;
import news.dateline.account.Permission;
import news.dateline.platform.NewsroomClock;
import news.dateline.platform.PageKey;
import news.dateline.platform.SqlValues;

/**
 * The newsroom's search and work queues: stories of any status, found by words in headline, lead,
 * tags and body (the same English and Russian search vector as the public search), byline, section,
 * status and dates, keyset-paged by the queue's time. Each page is one SQL statement, bylines and
 * names included.
 */
@ApplicationScoped
@Transactional
public class NewsroomSearch {

    /** What to look for: a queue and filters; null filters do not filter. */
    public record Criteria(DeskQueue queue, String words, Long contributorId, ArticleStatus status,
                           String sectionSlug, Instant from, Instant until) {

        public static Criteria of(DeskQueue queue) {
            return new Criteria(queue, null, null, null, null, null, null);
        }
    }

    /**
     * One story found. {@code author} is its bylines, or the account that created it when it has
     * none; {@code listedAt} is the time the queue is ordered by.
     */
    public record Hit(long id, String headline, String sectionName, ArticleStatus status, String author,
                      Instant updatedAt, String updatedBy, Instant scheduledAt, Instant listedAt) {

        public PageKey pageKey() {
            return new PageKey(listedAt, id);
        }
    }

    /**
     * What a writer may see in the newsroom: their own stories (created by them or bylined to
     * them) in any status, and what readers see anyway. A colleague's draft, submission or schedule
     * stays out of their results. Editors and admins ({@link Permission#EDIT_ANY_ARTICLE}) see
     * every story. Opening a story asks the same ({@link ArticleService#forReading}), so every
     * story listed opens.
     */
    static final String VISIBLE_TO_WRITER = "(a.status = 'PUBLISHED' or " + DeskQueue.OWN_OR_BYLINED + ")";

    private static final String SELECT = "select a.id, a.headline, s.name, a.status,"
            + " coalesce((select string_agg(b.name, ', ' order by b.position) from article_byline b"
            + " where b.article_id = a.id), creator.display_name),"
            + " a.updated_at, changer.display_name, a.scheduled_at, ";
    private static final String FROM = " from article a join section s on s.id = a.section_id"
            + " left join account creator on creator.id = a.created_by"
            + " left join account changer on changer.id = a.updated_by";

    @PersistenceContext
    EntityManager em;

    @Inject
    NewsroomClock clock;

    /**
     * Up to {@code limit} stories of the queue matching the criteria, after {@code after} (null for
     * the first page), that {@code viewer} may see.
     *
     * @throws news.dateline.account.AccessDeniedException for the review queue, unless the viewer may publish
     */
    public List<Hit> page(Editor viewer, Criteria criteria, PageKey after, int limit) {
        DeskQueue queue = criteria.queue();
        if (queue == DeskQueue.NEEDS_REVIEW) {
            viewer.require(Permission.PUBLISH_ARTICLE);
        }
        List<String> conditions = new ArrayList<>();
        if (!viewer.may(Permission.EDIT_ANY_ARTICLE)) {
            conditions.add(VISIBLE_TO_WRITER);
        }
        if (queue.condition() != null) {
            conditions.add(queue.condition());
        }
        String sql = SELECT + queue.orderColumn() + FROM + where(conditions, criteria, after, queue)
                + " order by " + queue.orderColumn() + direction(queue) + ", a.id" + direction(queue);
        Query query = em.createNativeQuery(sql).setMaxResults(limit);
        parameters(sql, viewer, criteria, after).forEach(query::setParameter);
        List<Hit> hits = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            hits.add(new Hit(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    ArticleStatus.valueOf((String) r[3]), (String) r[4], SqlValues.instant(r[5]), (String) r[6],
                    SqlValues.instant(r[7]), SqlValues.instant(r[8])));
        }
        return hits;
    }

    private static String where(List<String> conditions, Criteria criteria, PageKey after, DeskQueue queue) {
        String time = queue.orderColumn();
        List<String> all = new ArrayList<>(conditions);
        if (criteria.words() != null) {
            all.add("a.search_vector @@ (websearch_to_tsquery('english', :words)"
                    + " || websearch_to_tsquery('russian', :words))");
        }
        if (criteria.contributorId() != null) {
            all.add("exists (select 1 from article_byline fb where fb.article_id = a.id"
                    + " and fb.contributor_id = :contributor)");
        }
        if (criteria.status() != null) {
            all.add("a.status = :status");
        }
        if (criteria.sectionSlug() != null) {
            all.add("s.slug = :section");
        }
        if (criteria.from() != null) {
            all.add(time + " >= :from");
        }
        if (criteria.until() != null) {
            all.add(time + " < :until");
        }
        if (after != null) {
            all.add("(" + time + ", a.id) " + (queue.ascending() ? ">" : "<") + " (:afterTime, :afterId)");
        }
        return all.isEmpty() ? "" : " where " + String.join(" and ", all);
    }

    /** The statement's parameter values; queue and visibility conditions may name {@code :me} and {@code :now}. */
    private Map<String, Object> parameters(String sql, Editor viewer, Criteria criteria, PageKey after) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (sql.contains(":me")) {
            parameters.put("me", viewer.accountId());
        }
        if (sql.contains(":now")) {
            parameters.put("now", Timestamp.from(clock.now()));
        }
        if (criteria.words() != null) {
            parameters.put("words", ArticleSearch.websearchSafe(criteria.words()));
        }
        if (criteria.contributorId() != null) {
            parameters.put("contributor", criteria.contributorId());
        }
        if (criteria.status() != null) {
            parameters.put("status", criteria.status().name());
        }
        if (criteria.sectionSlug() != null) {
            parameters.put("section", criteria.sectionSlug());
        }
        if (criteria.from() != null) {
            parameters.put("from", Timestamp.from(criteria.from()));
        }
        if (criteria.until() != null) {
            parameters.put("until", Timestamp.from(criteria.until()));
        }
        if (after != null) {
            parameters.put("afterTime", Timestamp.from(after.at()));
            parameters.put("afterId", after.id());
        }
        return parameters;
    }

    private static String direction(DeskQueue queue) {
        return queue.ascending() ? " asc" : " desc";
    }
}
