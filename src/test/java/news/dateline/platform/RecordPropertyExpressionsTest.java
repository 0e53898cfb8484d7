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

    private static String render(boolean withRecordAccessors, Map<String, Object> model) {
        StringTemplateResolver templates = new StringTemplateResolver();
        templates.setTemplateMode(TemplateMode.HTML);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(templates);
        if (withRecordAccessors) {
            StandardDialect dialect = new StandardDialect();
            dialect.setVariableExpressionEvaluator(new RecordPropertyExpressions());
            engine.setDialect(dialect);
        }
        return engine.process(TEMPLATE, new Context(Locale.ENGLISH, model));
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
}
