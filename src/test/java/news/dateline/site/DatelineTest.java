package news.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelineTest {

    @Test
    void shouldWriteTheWireDatelineWithPlaceInCapitals() {
        assertThat(Dateline.of("Moscow", "June 7", "TASS")).isEqualTo("MOSCOW, June 7. /TASS/.");
        assertThat(Dateline.of("Rio de Janeiro", "May 1", null)).isEqualTo("RIO DE JANEIRO, May 1.");
        assertThat(Dateline.of(null, "May 1", "TASS")).isNull();
    }

    @Test
    void shouldOpenTheFirstParagraphWithTheDatelineAsEscapedText() {
        String body = Dateline.openBody("<h2>Intro</h2><p>First.</p><p>Second.</p>", "<B>, May 1.");

        assertThat(body).isEqualTo(
                "<h2>Intro</h2><p><span class=\"dateline\">&lt;B&gt;, May 1.</span> First.</p><p>Second.</p>");
    }

    @Test
    void aBodyOpeningWithAParagraphGetsTheSameMarkupWithoutBeingParsed() {
        String body = "<p>First &amp; <strong>bold</strong> &lt;tag&gt;.</p><blockquote><p>Quote.</p></blockquote>";
        String parsed = Dateline.openBody("<h2>x</h2>" + body, "<B> & co, May 1.").substring("<h2>x</h2>".length());

        assertThat(Dateline.openBody(body, "<B> & co, May 1.")).isEqualTo(parsed)
                .isEqualTo("<p><span class=\"dateline\">&lt;B&gt; &amp; co, May 1.</span> First &amp; <strong>bold</strong>"
                        + " &lt;tag&gt;.</p><blockquote><p>Quote.</p></blockquote>");
    }

    @Test
    void shouldLeaveTheBodyAloneWithoutADateline() {
        assertThat(Dateline.openBody("<p>First.</p>", null)).isEqualTo("<p>First.</p>");
    }
}
