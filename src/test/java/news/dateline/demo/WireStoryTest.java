package news.dateline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import news.dateline.testing.Fixtures;
import org.junit.jupiter.api.Test;

class WireStoryTest {

    private final WireStory story = WireStory.parse(Fixtures.seedArticle());

    @Test
    void shouldReadEachFieldFromItsLine() {
        assertThat(story.headline()).isEqualTo("Lavrov, Kerry coordinate approaches on anti-terrorism fight in Syria");
        assertThat(story.lead()).startsWith("The top diplomats continued coordination");
        assertThat(story.caption())
                .isEqualTo("The top diplomats of Russia and the United States, Sergey Lavrov and John Kerry");
        assertThat(story.credit()).isEqualTo("EPA/LEONHARD FOEGER / POOL");
        assertThat(story.datelinePlace()).isEqualTo("Moscow");
        assertThat(story.agencyMark()).isEqualTo("TASS");
    }

    @Test
    void shouldTakeTheDatelineOutOfTheBodyAndMarkQuoteAndSubHeading() {
        assertThat(story.bodyHtml())
                .startsWith("<p>The top diplomats of Russia and the United States")
                .contains("<blockquote><p>&quot;The heads of foreign policy departments")
                .contains("<h2>Syrian ceasefire</h2>")
                .doesNotContain("MOSCOW, June 7.");
        assertThat(story.bodyHtml().split("<p>", -1)).as("ten paragraphs, one of them quoted").hasSize(11);
    }
}
