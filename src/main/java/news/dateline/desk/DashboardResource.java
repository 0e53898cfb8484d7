package news.dateline.desk;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import news.dateline.account.Editor;
import news.dateline.account.Permission;
import news.dateline.article.ArticleService;
import news.dateline.article.ArticleStatus;
import news.dateline.article.DeskQueue;
import news.dateline.article.NewsroomSearch;
import news.dateline.contributor.ContributorService;
import news.dateline.newsroom.NewsroomPages;
import news.dateline.newsroom.SignedIn;
import news.dateline.platform.NewsroomClock;
import news.dateline.platform.PageKey;
import news.dateline.platform.PagePosition;
import news.dateline.platform.PageRenderer;
import news.dateline.section.SectionService;

/**
 * The newsroom's front page: the work queues (mine, needs review, scheduled, returned, recently
 * published) and a search over every story the user may see, by words, byline, section, status
 * and dates. Everything is a GET form or a link; filters that cannot be used answer 400 with the
 * reason next to the field.
 */
@Path("/newsroom")
public class DashboardResource {

    static final int PAGE_SIZE = 50;

    /** One table row as the template shows it. */
    public record Row(String url, String headline, String section, String status, String statusClass,
                      String author, String changed, String changedIso, String changedBy, String listed,
                      String listedIso, String scheduledFor, boolean overdue) {
    }

    /** A filter choice. */
    public record Choice(String value, String label, boolean selected) {
    }

    /** A queue as a link above the list; {@code labelKey} names its message. */
    public record Tab(String labelKey, String url, boolean current) {
    }

    @Inject
    NewsroomSearch search;

    @Inject
    ArticleService articles;

    @Inject
    SectionService sections;

    @Inject
    ContributorService contributors;

    @Inject
    NewsroomClock clock;

    @Inject
    NewsroomPages pages;

    @Inject
    SignedIn signedIn;

    @Inject
    news.dateline.article.EditorialNotes notes;


    @GET
    public Response dashboard(@Context UriInfo uri, @QueryParam("before") String before) {
        Editor editor = signedIn.editor();
        List<Choice> sectionChoices = sections.navigation().stream()
                .map(s -> new Choice(s.slug(), s.name(), false)).toList();
        List<Choice> authorChoices = contributors.list().stream()
                .map(c -> new Choice(String.valueOf(c.getId()), c.getName(), false)).toList();
        DeskFilters filters = DeskFilters.read(uri.getQueryParameters()::getFirst, clock,
                sectionChoices.stream().map(Choice::value).collect(Collectors.toSet()),
                authorChoices.stream().map(c -> Long.valueOf(c.value())).collect(Collectors.toSet()));
        PageKey after = PagePosition.fromQuery(before);
        List<NewsroomSearch.Hit> slice = filters.valid()
                ? search.page(editor, filters.criteria(), after, PAGE_SIZE + 1) : List.of();
        List<NewsroomSearch.Hit> shown = slice.size() > PAGE_SIZE ? slice.subList(0, PAGE_SIZE) : slice;

        Map<String, String> typed = filters.typed();
        Map<String, Object> model = new HashMap<>();
        boolean bySchedule = filters.queue().orderTime() == DeskQueue.OrderTime.SCHEDULED;
        model.put("rows", shown.stream().map(hit -> row(hit, bySchedule)).toList());
        model.put("returnNotes", notes.returnNotes(shown.stream().map(NewsroomSearch.Hit::id).toList()).entrySet()
                .stream().collect(Collectors.toMap(e -> "/newsroom/articles/" + e.getKey(), Map.Entry::getValue)));
        model.put("overdue", articles.overdueCount());
        model.put("olderUrl", slice.size() > PAGE_SIZE
                ? "/newsroom?" + filters.query() + "before=" + shown.get(shown.size() - 1).pageKey().token() : null);
        model.put("firstUrl", after == null ? null : "/newsroom?" + filters.query());
        model.put("tabs", tabs(editor, filters.queue()));
        model.put("queue", filters.queue().token());
        model.put("orderTime", filters.queue().orderTime().name());
        model.put("typed", typed);
        model.put("errors", errorTexts(filters.errors()));
        model.put("statuses", Arrays.stream(ArticleStatus.values()).map(s -> new Choice(s.name(), s.label(),
                s.name().equalsIgnoreCase(typed.get("status").strip()))).toList());
        model.put("sectionChoices", selected(sectionChoices, typed.get("section")));
        model.put("authorChoices", selected(authorChoices, typed.get("author")));
        return pages.page(filters.valid() ? 200 : 400, "newsroom/dashboard", model);
    }

    private Row row(NewsroomSearch.Hit hit, boolean bySchedule) {
        return new Row("/newsroom/articles/" + hit.id(), hit.headline(), hit.sectionName(), hit.status().label(),
                "status-" + hit.status().name().toLowerCase(Locale.ROOT), hit.author() == null ? "—" : hit.author(),
                clock.display(hit.updatedAt()), clock.iso(hit.updatedAt()),
                hit.updatedBy() == null ? "—" : hit.updatedBy(),
                clock.display(hit.listedAt()), clock.iso(hit.listedAt()),
                hit.scheduledAt() == null || bySchedule ? null : clock.display(hit.scheduledAt()),
                hit.scheduledAt() != null && hit.scheduledAt().isBefore(clock.now()));
    }

    /** The queues this user may open; "needs review" only for those who may publish. */
    private static List<Tab> tabs(Editor editor, DeskQueue current) {
        return Arrays.stream(DeskQueue.values())
                .filter(q -> q != DeskQueue.NEEDS_REVIEW || editor.may(Permission.PUBLISH_ARTICLE))
                .map(q -> new Tab("desk.queue." + q.token(), q == DeskQueue.ALL ? "/newsroom"
                        : "/newsroom?queue=" + q.token(), q == current))
                .toList();
    }

    private static List<Choice> selected(List<Choice> choices, String typed) {
        return choices.stream().map(c -> new Choice(c.value(), c.label(), c.value().equals(typed.strip()))).toList();
    }

    private static Map<String, String> errorTexts(Map<String, String> keys) {
        Map<String, String> texts = new LinkedHashMap<>();
        keys.forEach((field, key) -> texts.put(field, PageRenderer.message(key)));
        return texts;
    }
}
