package news.dateline.newsroom;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import news.dateline.account.AccountService;
import news.dateline.article.ArticleDesk;
import news.dateline.article.ArticleStatus;
import news.dateline.article.DeskRow;
import news.dateline.article.PageKey;
import news.dateline.platform.NewsroomClock;
import news.dateline.section.SectionService;

/** The newsroom's front page: all articles, last changed first, filterable by status and section. */
@Path("/newsroom")
public class DashboardResource {

    static final int PAGE_SIZE = 50;

    /** One table row as the template shows it. */
    public record Row(String url, String headline, String section, String status, String statusClass,
                      String bylines, String changed, String changedIso, String changedBy, String scheduledFor,
                      boolean overdue) {
    }

    /** A filter choice. */
    public record Choice(String value, String label, boolean selected) {
    }

    @Inject
    ArticleDesk desk;

    @Inject
    news.dateline.article.ArticleService articles;

    @Inject
    SectionService sections;

    @Inject
    AccountService accounts;

    @Inject
    NewsroomClock clock;

    @Inject
    NewsroomPages pages;

    @GET
    public Response dashboard(@QueryParam("status") String status, @QueryParam("section") String section,
                              @QueryParam("before") String before) {
        ArticleStatus statusFilter = parseStatus(status);
        String sectionFilter = section == null || section.isBlank() ? null : section;
        PageKey after = news.dateline.site.PagePosition.fromQuery(before);
        List<DeskRow> slice = desk.page(statusFilter, sectionFilter, after, PAGE_SIZE + 1);
        List<DeskRow> shown = slice.size() > PAGE_SIZE ? slice.subList(0, PAGE_SIZE) : slice;
        Set<Long> who = new HashSet<>();
        shown.stream().map(DeskRow::updatedBy).filter(Objects::nonNull).forEach(who::add);
        Map<Long, String> names = accounts.displayNames(who);
        List<Row> rows = shown.stream().map(r -> new Row("/newsroom/articles/" + r.id(), r.headline(),
                r.sectionName(), r.status().label(), "status-" + r.status().name().toLowerCase(Locale.ROOT),
                String.join(", ", r.bylines()), clock.display(r.updatedAt()), clock.iso(r.updatedAt()),
                r.updatedBy() == null ? "—" : names.getOrDefault(r.updatedBy(), "—"),
                r.scheduledAt() == null ? null : clock.display(r.scheduledAt()),
                r.scheduledAt() != null && r.scheduledAt().isBefore(java.time.Instant.now()))).toList();
        String older = slice.size() > PAGE_SIZE ? "/newsroom?" + query(statusFilter, sectionFilter)
                + "before=" + shown.get(shown.size() - 1).pageKey().token() : null;

        Map<String, Object> model = new HashMap<>();
        model.put("rows", rows);
        model.put("overdue", articles.overdueCount());
        model.put("olderUrl", older);
        model.put("statuses", java.util.Arrays.stream(ArticleStatus.values()).map(s -> new Choice(s.name(),
                s.label(), s == statusFilter)).toList());
        model.put("sectionChoices", sections.navigation().stream().map(s -> new Choice(s.slug(), s.name(),
                s.slug().equals(sectionFilter))).toList());
        return pages.page("newsroom/dashboard", model);
    }

    private static String query(ArticleStatus status, String section) {
        return (status == null ? "" : "status=" + status.name() + "&")
                + (section == null ? "" : "section=" + URLEncoder.encode(section, StandardCharsets.UTF_8) + "&");
    }

    private static ArticleStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ArticleStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("There is no status " + status + ".");
        }
    }


}
