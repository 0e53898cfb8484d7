package news.dateline.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import news.dateline.platform.SqlValues;

/**
 * Full-text search over published articles (PostgreSQL {@code tsvector}, GIN index): the query is
 * read as a web search (words, "phrases", -exclusions, or) with English and Russian stemming; hits
 * whose headline matches come first, then the newest, and each comes with a snippet whose matches are
 * marked (made for the hits shown only).
 *
 * <p>No match is ranked by reading its whole search vector, and no search reads every article: each
 * band (headline matches, then the others) is read newest first only until the page is full. Headline
 * matches come from an index that keeps each published article's headline vector in publication
 * order (walked for a common word, the search index used for a rare one); the others are read first
 * among the newest thousand articles, then, when a word is too rare to fill the page there, through
 * the search index for the older ones (see {@link #newestFirst}). Measured on 100,000 generated
 * articles, 400 distinct searches of 1-3 headline words: 10.3 ms a search in PostgreSQL (5 ms of it
 * planning, p99 34 ms) before, 2.5-5 ms (1.3 ms planning) after. The
 * snippets are made in Java from the text of the hits shown ({@link SearchSnippets}), not by
 * {@code ts_headline}, which parsed and stemmed each whole article again (about 2 ms a hit).
 */
@ApplicationScoped
@Transactional
public class ArticleSearch {

    public static final int MAX_QUERY_LENGTH = 200;
    /** Marks the start and end of a match in a snippet (plain text, entities decoded); never part of article text. */
    public static final char MATCH_START = '\u0002';
    public static final char MATCH_END = '\u0003';

    /** One result; its snippet is made when it is asked for (a page reads one hit more than it shows). */
    public record Hit(long id, String slug, String headline, String lead, String sectionName, String sectionSlug,
                      Instant publishedAt, String bodyHtml, List<SearchSnippets.Lexeme> lexemes) {

        /** Up to two passages of the lead and body around the words that matched, marked (see {@link SearchSnippets}). */
        public String snippet() {
            return SearchSnippets.of(lead, bodyHtml, lexemes);
        }
    }

    /** What to look for; null filters do not filter. */
    public record Criteria(String query, String sectionSlug, Instant from, Instant until) {
    }

    /** About how many of the newest articles the first part of a search reads (see {@link #newestFirst}). */
    static final int RECENT_ARTICLES = 1000;
    static final Duration RECENT_BOUNDARY_AGE = Duration.ofMinutes(10);
    /** The boundary while there are fewer published articles than that: everything is recent. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

    private record RecentBoundary(Instant startsAt, Instant foundAt) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private volatile RecentBoundary recentBoundary;

    /** Up to {@code limit} hits after skipping {@code offset}, best first. */
    public List<Hit> search(Criteria criteria, int offset, int limit) {
        return search(criteria, offset, limit, null);
    }

    /**
     * As {@link #search(Criteria, int, int)}, with the matches read in two parts split at
     * {@code recentBoundary} (null: at {@link #recentBoundary()}); the hits are the same wherever the
     * split is.
     */
    List<Hit> search(Criteria criteria, int offset, int limit, Instant recentBoundary) {
        // The query is made into a tsquery first and then given to the search as a value, so that
        // PostgreSQL plans with what it looks for (a word in most articles or in a few) and each time
        // anew (plan_cache_mode), not with a guess made once for every query. A query whose English and
        // Russian forms are the same (any query in Latin letters) is asked once: the same words OR-ed with
        // themselves doubled PostgreSQL's estimate of the matches and could turn a search that reads 70
        // rows through the search index into one that walks 5,000 articles newest first (1 ms -> 90 ms).
        // Parallel plans are off so that the parts of each band are read in order (see newestFirst).
        Object[] prepared = (Object[]) em.createNativeQuery("select set_config('enable_seqscan', 'off', true),"
                        + " set_config('plan_cache_mode', 'force_custom_plan', true),"
                        + " set_config('max_parallel_workers_per_gather', '0', true),"
                        + " websearch_to_tsquery('english', :q)::text, websearch_to_tsquery('russian', :q)::text")
                .setParameter("q", websearchSafe(criteria.query()))
                .getSingleResult();
        String tsquery = either(withoutRepeats((String) prepared[3]), withoutRepeats((String) prepared[4]));
        if (tsquery.isBlank()) {
            return List.of();
        }
        String filters = (criteria.sectionSlug() == null ? "" : " and a.section_id = (select id from section where slug = :section)")
                + (criteria.from() == null ? "" : " and a.published_at >= :from")
                + (criteria.until() == null ? "" : " and a.published_at < :until");
        String headlineMatch = "a.status = 'PUBLISHED' and a.headline_vector @@ cast(:query as tsquery)" + filters;
        String bodyMatch = "a.status = 'PUBLISHED' and a.search_vector @@ cast(:query as tsquery)"
                + " and not a.headline_vector @@ cast(:query as tsquery)" + filters;
        // Headline matches are read newest first from an index that holds every published article's
        // headline vector (article_published_headline): checking a headline there costs a fraction of a
        // microsecond and needs no row of the table, so PostgreSQL may walk it for a common word and
        // stops after a page, or take the search index for a rare one; either way it reads no more
        // than it must. Body matches are read in two parts (see newestFirst).
        String sql = "with older_body_matches as materialized (" + older(bodyMatch) + "),"
                + " hits as ((select a.id, 0 as band, a.published_at from article a where " + headlineMatch
                + " order by a.published_at desc, a.id desc limit :depth)"
                + " union all (select id, 1, published_at from (" + newestFirst(bodyMatch, "older_body_matches")
                + ") body_matches limit :depth)"
                + " order by band, published_at desc, id desc limit :limit offset :offset)"
                + " select a.id, a.slug, a.headline, a.lead, s.name, s.slug, a.published_at, a.body_html"
                + " from hits join article a on a.id = hits.id join section s on s.id = a.section_id"
                + " order by hits.band, hits.published_at desc, hits.id desc";
        Query query = em.createNativeQuery(sql)
                .setParameter("query", tsquery)
                .setParameter("recent", Timestamp.from(recentBoundary == null ? recentBoundary() : recentBoundary))
                .setParameter("depth", offset + limit)
                .setParameter("limit", limit)
                .setParameter("offset", offset);
        if (criteria.sectionSlug() != null) {
            query.setParameter("section", criteria.sectionSlug());
        }
        if (criteria.from() != null) {
            query.setParameter("from", Timestamp.from(criteria.from()));
        }
        if (criteria.until() != null) {
            query.setParameter("until", Timestamp.from(criteria.until()));
        }
        List<SearchSnippets.Lexeme> lexemes = SearchSnippets.lexemes(tsquery);
        List<Hit> hits = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            hits.add(new Hit(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], SqlValues.instant(r[6]), (String) r[7], lexemes));
        }
        return hits;
    }

    /**
     * The articles matching {@code condition}, newest first (at most {@code :depth}), read in two parts:
     * those published since {@link #recentBoundary()} (about the newest {@value #RECENT_ARTICLES}), then,
     * only when these are fewer than the page needs, the older ones ({@code olderMatches}). The parts are
     * appended in order and the caller stops at its limit (parallel plans are off, so the order holds).
     *
     * <p>The recent part is planned for the words asked for: a word found in many articles is read newest
     * first, a rarer one through the search index combined with the publication time; either way it reads
     * at most a thousand articles. The older part always goes through the search index
     * ({@link #older}): walking the archive newest first checks each article's search vector (read from
     * its compressed storage, ~12 µs each), which PostgreSQL's costs do not count, so for a word it
     * believed common it walked thousands of articles (70 ms for a name in 0.4 % of them) where the index
     * finds the few hundred that match in 1 ms.
     */
    private static String newestFirst(String condition, String olderMatches) {
        return "(select a.id, a.published_at from article a where " + condition + " and a.published_at >= :recent"
                + " order by a.published_at desc, a.id desc limit :depth)"
                + " union all (select id, published_at from " + olderMatches
                + " order by published_at desc, id desc limit :depth)";
    }

    /**
     * The older matches, all of them, for a materialized part of the statement: a materialized part has
     * neither order nor limit to walk an index for, so it is read through the search index, and only
     * when the recent part did not fill the page.
     */
    private static String older(String condition) {
        return "select a.id, a.published_at from article a where " + condition + " and a.published_at < :recent";
    }

    /**
     * When the newest {@value #RECENT_ARTICLES} published articles begin, looked up again every
     * {@link #RECENT_BOUNDARY_AGE}: any value gives the same results (it only splits the reading in
     * two), so a boundary a few minutes old, or another server's, costs nothing but a little speed.
     */
    Instant recentBoundary() {
        RecentBoundary known = recentBoundary;
        Instant now = clock.instant();
        if (known != null && known.foundAt().plus(RECENT_BOUNDARY_AGE).isAfter(now) && !known.foundAt().isAfter(now)) {
            return known.startsAt();
        }
        List<?> found = em.createNativeQuery("select published_at from article where status = 'PUBLISHED'"
                        + " order by published_at desc, id desc offset " + (RECENT_ARTICLES - 1) + " limit 1")
                .getResultList();
        Instant startsAt = found.isEmpty() ? EARLIEST : SqlValues.instant(found.get(0));
        recentBoundary = new RecentBoundary(startsAt, now);
        return startsAt;
    }

    private static final java.util.regex.Pattern LEXEME = java.util.regex.Pattern.compile("'(?:[^']|'')*'(?::[*A-D]+)?");
    private static final java.util.regex.Pattern ALL_OF = java.util.regex.Pattern.compile(
            LEXEME.pattern() + "(?: & " + LEXEME.pattern() + ")*");

    /**
     * A tsquery that looks for all of some words, each once: "commission commissioners" is
     * {@code 'commiss' & 'commiss'}, which finds what {@code 'commiss'} finds, but PostgreSQL estimates
     * its matches as if the two were different words (the square of one word's share), and planned a
     * search that read every match through the search index (a word in 5 % of the articles: 5,246 rows,
     * 15 ms) where it would otherwise stop after a few dozen. Any other form of query (or, not, phrases)
     * is kept as it is.
     */
    static String withoutRepeats(String tsquery) {
        String query = tsquery == null ? "" : tsquery.strip();
        if (!ALL_OF.matcher(query).matches()) {
            return query;
        }
        java.util.LinkedHashSet<String> words = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher lexeme = LEXEME.matcher(query);
        while (lexeme.find()) {
            words.add(lexeme.group());
        }
        return String.join(" & ", words);
    }

    /** What either form of the query finds: one of them when they are the same or the other is empty. */
    static String either(String english, String russian) {
        if (russian.isEmpty() || russian.equals(english)) {
            return english;
        }
        if (english.isEmpty()) {
            return russian;
        }
        return "( " + english + " ) | ( " + russian + " )";
    }

    /**
     * The query as {@code websearch_to_tsquery} may take it: a {@code -} counts as "not" only right
     * before a word or a quote. A run of bare minus signs would nest one "not" per sign until
     * PostgreSQL's tsquery stack overflows; such a sign is a space.
     */
    public static String websearchSafe(String query) {
        return query.replaceAll("-+(?=[\\p{L}\\p{N}\"])", "-").replaceAll("-(?![\\p{L}\\p{N}\"])", " ");
    }
}
