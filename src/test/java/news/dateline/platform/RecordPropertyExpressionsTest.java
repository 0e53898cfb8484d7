package news.dateline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class RecordPropertyExpressionsTest {

    record Byline(String name, String url) {
    }

    record Story(String headline, Byline byline, List<Byline> more, int words, LocalDate day) {
    }

    /** A bean, not a record: left to OGNL. */
    public static class Teaser {
        public String getHeadline() {
            return "Bean <headline>";
        }
    }

    private static final String TEMPLATE = "<h1 th:text=\"${story.headline}\">x</h1>"
            + "<a th:href=\"${story.byline.url}\" th:text=\"${story.byline.name}\">x</a>"
            + "<i th:text=\"${story.words}\">0</i><b th:text=\"${story.day}\">d</b>"
            + "<p th:each=\"b : ${story.more}\" th:text=\"${b.name}\">x</p>"
            + "<em th:if=\"${story.byline.url != null}\" th:text=\"${story.more.size()}\">n</em>"
            + "<s th:text=\"${teaser.headline}\">x</s><u th:text=\"${map.key}\">x</u>";

    /** Every test form the evaluator takes over, each printed with what it gave. */
    private static final String TESTS = "<i th:text=\"${story.byline.url != null}\">t</i>"
            + "<i th:text=\"${story.byline.url == null}\">t</i>"
            + "<i th:text=\"${story.byline.url == story.headline}\">t</i>"
            + "<i th:text=\"${story.headline != section}\">t</i>"
            + "<i th:text=\"${story.more.isEmpty()}\">t</i><i th:text=\"${!story.more.isEmpty()}\">t</i>"
            + "<i th:text=\"${story.headline.isEmpty()}\">t</i>"
            + "<i th:text=\"${!#strings.isEmpty(story.byline.name)}\">t</i>"
            + "<i th:text=\"${story.more != null and !story.more.isEmpty()}\">t</i>"
            + "<i th:text=\"${story.byline.url != null or story.headline == section}\">t</i>"
            + "<i th:text=\"${!story.more.isEmpty() and story.byline.url == null and section != null}\">t</i>"
            + "<i th:if=\"${story.byline.url != null}\">shown</i><i th:unless=\"${story.more.isEmpty()}\">more</i>"
            + "<i th:text=\"${section}\">s</i><i th:text=\"${story.words != null}\">t</i>"
            + "<i th:text=\"${story.words == story.words}\">t</i><i th:text=\"${!#strings.isEmpty(story.words)}\">t</i>";

    private static String render(boolean withRecordAccessors, Map<String, Object> model) {
        return render(TEMPLATE, withRecordAccessors, model);
    }

    private static String render(String template, boolean withRecordAccessors, Map<String, Object> model) {
        StringTemplateResolver templates = new StringTemplateResolver();
        templates.setTemplateMode(TemplateMode.HTML);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(templates);
        if (withRecordAccessors) {
            StandardDialect dialect = new StandardDialect();
            dialect.setVariableExpressionEvaluator(new RecordPropertyExpressions());
            engine.setDialect(dialect);
        }
        return engine.process(template, new Context(Locale.ENGLISH, model));
    }

    private static Map<String, Object> model(Story story) {
        return Map.of("story", story, "teaser", new Teaser(), "map", Map.of("key", "from a map"));
    }

    @Test
    void readsRecordComponentsAsOgnlDoesAndEscapesThem() {
        Story story = new Story("Talks <resume> & \"continue\"", new Byline("Ann Lee", "/authors/ann-lee"),
                List.of(new Byline("Bo", null), new Byline("Cy", null)), 718, LocalDate.of(2016, 6, 7));

        String rendered = render(true, model(story));

        assertThat(rendered).isEqualTo(render(false, model(story)));
        assertThat(rendered).contains("<h1>Talks &lt;resume&gt; &amp; &quot;continue&quot;</h1>",
                "<a href=\"/authors/ann-lee\">Ann Lee</a>", "<i>718</i>", "<b>2016-06-07</b>", "<p>Bo</p><p>Cy</p>",
                "<em>2</em>", "<s>Bean &lt;headline&gt;</s>", "<u>from a map</u>");
    }

    @Test
    void aNullOnTheWayFailsAsItDoesWithOgnl() {
        Story story = new Story("Headline", null, List.of(), 0, LocalDate.of(2016, 6, 7));

        assertThatThrownBy(() -> render(false, model(story))).isInstanceOf(TemplateProcessingException.class);
        assertThatThrownBy(() -> render(true, model(story))).isInstanceOf(TemplateProcessingException.class);
    }

    @Test
    void testsOfNullEmptinessTextAndEqualityGiveWhatOgnlGives() {
        List<Story> stories = List.of(
                new Story("World", new Byline("Ann Lee", "/authors/ann-lee"), List.of(new Byline("Bo", null)), 9,
                        LocalDate.of(2016, 6, 7)),
                new Story("", new Byline(" \t ", null), List.of(), 0, LocalDate.of(2016, 6, 7)),
                new Story("World", new Byline("", "World"), List.of(), 1, LocalDate.of(2016, 6, 7)));
        for (Story story : stories) {
            for (Object section : new Object[] {"World", "Sport", null}) {
                Map<String, Object> model = new java.util.HashMap<>(model(story));
                model.put("section", section);

                String rendered = render(TESTS, true, model);

                assertThat(rendered).as(story + " in " + section).isEqualTo(render(TESTS, false, model));
            }
        }
        Map<String, Object> model = new java.util.HashMap<>(model(stories.get(0)));
        model.put("section", "World");
        assertThat(render(TESTS, true, model)).startsWith("<i>true</i><i>false</i><i>false</i><i>false</i>"
                + "<i>false</i><i>true</i><i>false</i><i>true</i><i>true</i><i>true</i><i>false</i>"
                + "<i>shown</i><i>more</i><i>World</i><i>true</i>");
    }

    @Test
    void takesOverTheTemplatesTestsAndLeavesTheRestToOgnl() {
        assertThat(List.of("article.headline", "related", "article.photo != null", "byline.url == null",
                "s.slug == section", "article.tags.isEmpty()", "!menu.isEmpty()", "!#strings.isEmpty(article.lead)",
                "related != null and !related.isEmpty()", "nextUrl != null or previousUrl != null"))
                .allMatch(RecordPropertyExpressions::evaluatesItself);
        assertThat(List.of("story.more.size()", "unread > 0", "param.q", "session.user", "a != null and b or c",
                "#strings.toLowerCase(editor.role)", "errors.get(field)", "null", "!a", "a == 'x'", "true"))
                .noneMatch(RecordPropertyExpressions::evaluatesItself);
    }

    @Test
    void restrictedContextsGiveWhatOgnlGives() {
        String template = "<a th:href=\"${story.byline.url}\" th:title=\"${story.headline}\">x</a>"
                + "<p th:utext=\"${story.headline}\">x</p><a th:href=\"${story.byline.url != null}\">x</a>"
                + "<a th:attr=\"data-x=${story.more.isEmpty()} ? 'a' : 'b'\">x</a>";
        Story story = new Story("<b>Talks</b>", new Byline("Ann Lee", "/authors/ann-lee"), List.of(), 3,
                LocalDate.of(2016, 6, 7));

        String rendered = render(template, true, model(story));

        assertThat(rendered).isEqualTo(render(template, false, model(story)));
        assertThat(rendered).contains("<a href=\"/authors/ann-lee\" title=\"&lt;b&gt;Talks&lt;/b&gt;\">x</a>",
                "<p><b>Talks</b></p>", "<a href=\"true\">x</a>", "<a data-x=\"a\">x</a>");
        for (String refused : List.of("<img th:src=\"${param.q}\">", "<img th:src=\"${story.param}\">")) {
            assertThatThrownBy(() -> render(refused, false, model(story))).isInstanceOf(TemplateProcessingException.class);
            assertThatThrownBy(() -> render(refused, true, model(story))).isInstanceOf(TemplateProcessingException.class);
        }
    }
}
