package news.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodySanitizerTest {

    @Test
    void shouldKeepTheStructureOfANewsBody() {
        String body = "<p>Text with <strong>bold</strong>, <em>italic</em> and "
                + "<a href=\"https://example.org/a\">a link</a>.</p><h2>Sub-heading</h2>"
                + "<blockquote><p>\"A quote,\" he said.</p></blockquote><ul><li>one</li></ul><ol><li>two</li></ol>";

        assertThat(BodySanitizer.sanitize(body)).isEqualTo(body);
    }

    @Test
    void shouldDropScriptsAndStylesWithTheirContent() {
        assertThat(BodySanitizer.sanitize("<p>Safe</p><script>alert(1)</script><style>p{}</style>"))
                .isEqualTo("<p>Safe</p>");
    }

    @Test
    void shouldDropEventHandlersAndStyleAttributes() {
        assertThat(BodySanitizer.sanitize("<p onclick=\"steal()\" style=\"color:red\" onmouseover=x>Text</p>"))
                .isEqualTo("<p>Text</p>");
    }

    @Test
    void shouldDropJavascriptAndDataLinksButKeepTheirText() {
        assertThat(BodySanitizer.sanitize("<p><a href=\"javascript:alert(1)\">click</a>"
                + " <a href=\" JaVaScRiPt:alert(1)\">again</a> <a href=\"data:text/html,x\">data</a></p>"))
                .isEqualTo("<p><a>click</a> <a>again</a> <a>data</a></p>");
    }

    @Test
    void shouldDropUnknownTagsButKeepTheirText() {
        assertThat(BodySanitizer.sanitize("<div><p>Kept <iframe src=\"https://x\"></iframe><span>inner</span></p>"
                + "<img src=x onerror=alert(1)></div>")).isEqualTo("<p>Kept inner</p>");
    }

    @Test
    void shouldTurnNothingIntoAnEmptyBody() {
        assertThat(BodySanitizer.sanitize(null)).isEmpty();
        assertThat(BodySanitizer.sanitize("   ")).isEmpty();
    }
}
