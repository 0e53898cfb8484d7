package news.dateline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.dateline.account.Editor;
import news.dateline.account.Role;
import news.dateline.platform.PageRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The dashboard renders its rows, queues and pager, with refused filters marked at their fields and in a summary. */
class DashboardTemplateTest {

    private final PageRenderer renderer = new PageRenderer();

    @Test
    void shouldRenderResultsQueuesAndPager() {
        Map<String, Object> model = model(Map.of(), "SCHEDULED");
        model.put("rows", List.of(new DashboardResource.Row("/newsroom/articles/7", "Headline <b>", "World",
                "Scheduled", "status-scheduled", "Ana Lima", "June 7, 2016, 14:32", "2016-06-07T14:32:00+03:00",
                "Boris", "June 9, 2016, 10:00", "2016-06-09T10:00:00+03:00", null, false)));
        model.put("olderUrl", "/newsroom?queue=scheduled&before=1-2");
        model.put("firstUrl", "/newsroom?queue=scheduled&");

        Document page = parsed(renderer.render("newsroom/dashboard", model));

        assertThat(page.select("table.desk th")).extracting(e -> e.text()).contains("Scheduled for");
        assertThat(page.select("table.desk td a").text()).isEqualTo("Headline <b>");
        assertThat(page.select("nav.queues a[aria-current=page]").text()).isEqualTo("Scheduled");
        assertThat(page.select("a.older[rel=next]").attr("href")).isEqualTo("/newsroom?queue=scheduled&before=1-2");
    }

    @Test
    void shouldMarkEachRefusedFilterAtItsField() {
        Map<String, String> errors = new LinkedHashMap<>();
        for (String field : List.of("q", "author", "section", "status", "from", "to")) {
            errors.put(field, "Wrong " + field);
        }
        Document page = parsed(renderer.render("newsroom/dashboard", model(errors, "CHANGED")));

        for (String field : errors.keySet()) {
            assertThat(page.select("#" + field).attr("aria-invalid")).as(field).isEqualTo("true");
            assertThat(page.select("#" + field).attr("aria-describedby")).as(field).contains(field + "-error");
            assertThat(page.select("#" + field + "-error").text()).isEqualTo("Wrong " + field);
        }
        assertThat(page.select(".error-summary li a").eachAttr("href")).containsExactly("#q", "#author", "#section",
                "#status", "#from", "#to");
        assertThat(page.select("p:contains(No articles match)")).isEmpty();
        assertThat(page.select("#q").val()).as("the words are shown as typed").isEqualTo("harbour -ferry");
    }

    private static Document parsed(String html) {
        Document page = Jsoup.parse(html);
        assertThat(page.select("h1")).hasSize(1);
        return page;
    }

    private static Map<String, Object> model(Map<String, String> errors, String orderTime) {
        Map<String, String> typed = new HashMap<>();
        for (String field : DeskFilters.FIELDS) {
            typed.put(field, "");
        }
        typed.put("q", "harbour -ferry");
        Map<String, Object> model = new HashMap<>();
        model.put("editor", new Editor(1, "ana", "Ana Lima", Role.EDITOR));
        model.put("menu", List.of());
        model.put("csrf", "token");
        model.put("siteName", "Dateline");
        model.put("stylesheetUrl", "/assets/site.css");
        model.put("newsroomStylesheetUrl", "/assets/newsroom.css");
        model.put("rows", List.of());
        model.put("overdue", 0L);
        model.put("olderUrl", null);
        model.put("firstUrl", null);
        model.put("tabs", List.of(new DashboardResource.Tab("desk.queue.all", "/newsroom", false),
                new DashboardResource.Tab("desk.queue.scheduled", "/newsroom?queue=scheduled", true)));
        model.put("queue", "scheduled");
        model.put("orderTime", orderTime);
        model.put("typed", typed);
        model.put("errors", errors);
        model.put("statuses", List.of(new DashboardResource.Choice("DRAFT", "Draft", false)));
        model.put("sectionChoices", List.of(new DashboardResource.Choice("world", "World", true)));
        model.put("authorChoices", List.of(new DashboardResource.Choice("3", "Ana Lima", false)));
        return model;
    }
}
