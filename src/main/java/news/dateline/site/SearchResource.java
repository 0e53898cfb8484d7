package news.dateline.site;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.dateline.article.ArticleSearch;
import news.dateline.platform.CacheTag;
import news.dateline.platform.CachedResponses;
import news.dateline.platform.ErrorPages;
import news.dateline.platform.NewsroomClock;
import news.dateline.platform.PageRenderer;
import news.dateline.platform.Permalinks;

/**
 * {@code /search?q=}: ranked results with marked snippets, filtered by section and dates, ten a page.
 * Any input gives a normal page: empty, overlong or hostile queries included.
 */
@Path("/search")
@jakarta.transaction.Transactional
public class SearchResource {

    static final int PAGE_SIZE = 10;
    static final int MAX_PAGE = 50;

    /** A run of snippet text; {@code match} when it is a word the reader searched for. */
    public record Fragment(String text, boolean match) {
    }

    /** One result as the page shows it. */
    public record Result(String url, String headline, String sectionName, String sectionUrl, String publishedIso,
                         String publishedDisplay, List<Fragment> snippet) {
    }

    @Inject
    ArticleSearch search;

    @Inject
    SitePages pages;

    @Inject
    Permalinks links;

    @Inject
    NewsroomClock clock;

    @Inject
    SiteGeneration generation;

    @Inject
    PageTags pageTags;

    @Inject
    SearchAdmission admission;

    @Inject
    ErrorPages errorPages;

    @GET
    public Response search(@QueryParam("q") String q, @QueryParam("section") String section,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("page") String page, @Context Request request) {
        if (!admission.enter()) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .type(CachedResponses.HTML)
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .header(HttpHeaders.RETRY_AFTER, SearchAdmission.RETRY_AFTER_SECONDS)
                    .entity(errorPages.keyedHtml(503, "search.busy"))
                    .build();
        }
        try {
            return answer(q, section, from, to, page, request);
        } finally {
            admission.leave();
        }
    }

    private Response answer(String q, String section, String from, String to, String page, Request request) {
        String query = q == null ? "" : q.replaceAll("\\p{Cntrl}", " ").strip();
        List<String> problems = new ArrayList<>();
        if (query.length() > ArticleSearch.MAX_QUERY_LENGTH) {
            query = query.substring(0, ArticleSearch.MAX_QUERY_LENGTH);
            problems.add(PageRenderer.message("search.problem.truncated", ArticleSearch.MAX_QUERY_LENGTH));
        }
        String sectionSlug = section == null || section.isBlank() ? null : section.strip();
        Instant fromInstant = day(from, 0, problems);
        Instant untilInstant = day(to, 1, problems);
        int pageNumber = pageNumber(page);
        List<Result> results = List.of();
        boolean more = false;
        if (!query.isEmpty()) {
            List<ArticleSearch.Hit> hits = search.search(new ArticleSearch.Criteria(query, sectionSlug, fromInstant,
                    untilInstant), (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE + 1);
            more = hits.size() > PAGE_SIZE && pageNumber < MAX_PAGE;
            results = hits.stream().limit(PAGE_SIZE).map(this::result).toList();
        }
        pageTags.add(CacheTag.SEARCH);
        Map<String, Object> model = new HashMap<>();
        model.put("query", query);
        model.put("section", sectionSlug == null ? "" : sectionSlug);
        model.put("from", from == null ? "" : from);
        model.put("to", to == null ? "" : to);
        model.put("sections", pages.navigation());
        model.put("results", results);
        model.put("problems", problems);
        model.put("page", pageNumber);
        model.put("nextUrl", more ? url(query, sectionSlug, from, to, pageNumber + 1) : null);
        model.put("previousUrl", pageNumber > 1 ? url(query, sectionSlug, from, to, pageNumber - 1) : null);
        return CachedResponses.page(request, pages.render("site/search", sectionSlug, model), generation.lastChange());
    }

    private Result result(ArticleSearch.Hit hit) {
        return new Result(links.article(hit.publishedAt(), hit.slug()), hit.headline(), hit.sectionName(),
                links.section(hit.sectionSlug()), clock.iso(hit.publishedAt()), clock.display(hit.publishedAt()),
                fragments(hit.snippet()));
    }

    /** Splits a snippet (plain text) at its match marks; the template escapes the text. */
    static List<Fragment> fragments(String snippet) {
        List<Fragment> fragments = new ArrayList<>();
        boolean match = false;
        StringBuilder run = new StringBuilder();
        for (char c : (snippet == null ? "" : snippet).toCharArray()) {
            if (c == ArticleSearch.MATCH_START || c == ArticleSearch.MATCH_END) {
                if (!run.isEmpty()) {
                    fragments.add(new Fragment(run.toString(), match));
                    run.setLength(0);
                }
                match = c == ArticleSearch.MATCH_START;
            } else {
                run.append(c);
            }
        }
        if (!run.isEmpty()) {
            fragments.add(new Fragment(run.toString(), match));
        }
        return fragments;
    }

    private Instant day(String date, int plusDays, List<String> problems) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return clock.startOfDay(date, plusDays);
        } catch (DateTimeException e) {
            problems.add(PageRenderer.message("search.problem.notADate", date));
            return null;
        }
    }

    private static int pageNumber(String page) {
        try {
            int n = page == null ? 1 : Integer.parseInt(page.strip());
            return Math.max(1, Math.min(MAX_PAGE, n));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String url(String q, String section, String from, String to, int page) {
        StringBuilder url = new StringBuilder("/search?q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
        if (section != null) {
            url.append("&section=").append(URLEncoder.encode(section, StandardCharsets.UTF_8));
        }
        if (from != null && !from.isBlank()) {
            url.append("&from=").append(URLEncoder.encode(from, StandardCharsets.UTF_8));
        }
        if (to != null && !to.isBlank()) {
            url.append("&to=").append(URLEncoder.encode(to, StandardCharsets.UTF_8));
        }
        return url.append("&page=").append(page).toString();
    }
}
