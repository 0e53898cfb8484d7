package news.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextBodyTest {

    @Test
    void shouldMakeAParagraphOfEachBlockSeparatedByBlankLines() {
        assertThat(PlainTextBody.toHtml("First line\nstill first.\n\nSecond & <last>.\r\n\r\n"))
                .isEqualTo("<p>First line still first.</p><p>Second &amp; &lt;last&gt;.</p>");
    }

    @Test
    void shouldMakeAParagraphOfEachLineWhenThereAreNoBlankLines() {
        assertThat(PlainTextBody.toHtml("One.\nTwo.\n")).isEqualTo("<p>One.</p><p>Two.</p>");
    }

    @Test
    void shouldLeaveMarkupToTheSanitizer() {
        assertThat(PlainTextBody.toHtml("<p>Already <em>marked</em> up.</p>")).isEqualTo("<p>Already <em>marked</em> up.</p>");
    }
}
