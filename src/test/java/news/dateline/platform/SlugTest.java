package news.dateline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SlugTest {

    @Test
    void shouldMakeAReadableSlugFromAnEnglishHeadline() {
        assertThat(Slug.fromTitle("Lavrov, Kerry coordinate approaches on anti-terrorism fight in Syria").value())
                .isEqualTo("lavrov-kerry-coordinate-approaches-on-anti-terrorism-fight-in-syria");
    }

    @Test
    void shouldTransliterateRussianAndDropAccents() {
        assertThat(Slug.fromTitle("Лавров и Керри обсудили Сирию").value()).isEqualTo("lavrov-i-kerri-obsudili-siriyu");
        assertThat(Slug.fromTitle("Zürich café: São Paulo’s élan").value()).isEqualTo("zurich-cafe-sao-paulos-elan");
    }

    @Test
    void shouldShortenLongTitlesAtAWordBoundary() {
        Slug slug = Slug.fromTitle("word ".repeat(100));
        assertThat(slug.value()).hasSizeLessThanOrEqualTo(Slug.MAX_LENGTH).doesNotEndWith("-").endsWith("word");
    }

    @Test
    void shouldRefuseTitlesWithoutLettersOrDigitsAndMalformedSlugs() {
        assertThatThrownBy(() -> Slug.fromTitle("!!! ???")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Slug("Upper-Case")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Slug("double--hyphen")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Slug("-leading")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldNumberASlugThatIsTaken() {
        assertThat(new Slug("summit-opens").withSuffix(2).value()).isEqualTo("summit-opens-2");
        assertThat(Slug.fromTitle("x".repeat(300)).withSuffix(12).value()).hasSize(Slug.MAX_LENGTH).endsWith("-12");
    }
}
