package news.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlainTextBodyTest {

    @Test
    void shouldMakeAParagraphOfEachBlockSeparatedByBlankLines() {
        assertThat(PlainTextBody.html("First line\nstill first.\n\nSecond & <last>.\r\n\r\n"))
                .isEqualTo("<p>First line still first.</p><p>Second &amp; &lt;last&gt;.</p>");
    }

    @Test
    void shouldMakeAParagraphOfEachLineWhenThereAreNoBlankLines() {
        assertThat(PlainTextBody.html("One.\nTwo.\n")).isEqualTo("<p>One.</p><p>Two.</p>");
    }

    @Test
    void shouldKeepMarkupAsItIs() {
        assertThat(PlainTextBody.html("<p>Already <em>marked</em> up.</p>")).isEqualTo("<p>Already <em>marked</em> up.</p>");
    }

    @Test
    void shouldKeepEveryParagraphWhenTheBodyMixesPlainTextWithASubHeadingOrALink() {
        String typed = "The first paragraph.\n\n<h2>What happened</h2>\n\nThe second, with "
                + "<a href=\"https://example.org/report\">the report</a>.\n\nThe third paragraph.";

        assertThat(PlainTextBody.html(typed)).isEqualTo("<p>The first paragraph.</p><h2>What happened</h2>"
                + "<p>The second, with <a href=\"https://example.org/report\">the report</a>.</p>"
                + "<p>The third paragraph.</p>");
    }

    @Test
    void shouldKeepParagraphsAroundAnHtmlBlockWrittenWithoutBlankLines() {
        assertThat(PlainTextBody.html("One.\n<h2>Sub</h2>\nTwo.\n<blockquote>\n<p>Quoted.</p>\n\n<p>Still.</p>\n</blockquote>\nThree."))
                .isEqualTo("<p>One.</p><h2>Sub</h2><p>Two.</p><blockquote><p>Quoted.</p><p>Still.</p></blockquote>"
                        + "<p>Three.</p>");
    }

    @Test
    void shouldSeparateParagraphsAtABlankLineInsideAnHtmlBlockToo() {
        assertThat(PlainTextBody.html("<blockquote>\nOne.\n\nTwo.\n</blockquote>"))
                .isEqualTo("<blockquote><p>One.</p><p>Two.</p></blockquote>");
        assertThat(PlainTextBody.html("<div>a\n\nb</div>")).isEqualTo("<p>a</p><p>b</p>");
        assertThat(PlainTextBody.html("<p>a\n\nb</p>")).isEqualTo("<p>a</p><p>b</p>");
        assertThat(PlainTextBody.html("<p>a\n \t\n\n\nb</p>")).isEqualTo("<p>a</p><p>b</p>");
        assertThat(PlainTextBody.html("Before.\n\n<p>One <strong>bold\n\nstill bold</strong> and\n<a href=\"https://x.org\">a"
                + "\n\nlink</a> end.</p>\n\nAfter."))
                .isEqualTo("<p>Before.</p><p>One <strong>bold</strong></p><p><strong>still bold</strong> and"
                        + " <a href=\"https://x.org\">a</a></p><p><a href=\"https://x.org\">link</a> end.</p>"
                        + "<p>After.</p>");
        assertThat(PlainTextBody.html("<h2>Sub\n\nheading</h2>")).isEqualTo("<h2>Sub</h2><h2>heading</h2>");
        assertThat(PlainTextBody.html("<ul>\n<li>one\n\nmore of one</li>\n\n<li>two</li>\n</ul>"))
                .as("a blank line between items keeps one list").isEqualTo("<ul><li><p>one</p><p>more of one</p></li>"
                        + "<li><p>two</p></li></ul>");
        assertThat(PlainTextBody.html("<blockquote>\n<p>Quoted.</p>\n\nLoose.\n\n<p>Still.</p>\n</blockquote>"))
                .isEqualTo("<blockquote><p>Quoted.</p><p>Loose.</p><p>Still.</p></blockquote>");
        assertThat(PlainTextBody.html("<p title=\"a\n\nb\">c</p>")).as("not in a tag").isEqualTo("<p>c</p>");
        for (String typed : List.of("<blockquote>\nOne.\n\nTwo.\n</blockquote>", "<div>a\n\nb</div>", "<p>a\n\nb</p>")) {
            String html = PlainTextBody.html(typed);
            assertThat(PlainTextBody.html(PlainTextBody.toText(html))).as(typed).isEqualTo(html);
        }
    }

    @Test
    void shouldReadTheLightSyntax() {
        String typed = """
                ## A sub-heading

                ### A smaller one

                Text with **bold**, _italic_, **_both_**, [a link](https://example.org/a_(b) "The title") and\\
                a break.

                > A quote,
                > on two lines.
                >
                > Its second paragraph.

                - first
                - second

                1. one
                2. two

                ![The harbour at dawn](photo:12 "Photo desk")

                ![](photo:13)""";

        assertThat(PlainTextBody.html(typed)).isEqualTo("<h2>A sub-heading</h2><h3>A smaller one</h3>"
                + "<p>Text with <strong>bold</strong>, <em>italic</em>, <strong><em>both</em></strong>,"
                + " <a href=\"https://example.org/a_(b)\" title=\"The title\">a link</a> and<br>a break.</p>"
                + "<blockquote><p>A quote, on two lines.</p><p>Its second paragraph.</p></blockquote>"
                + "<ul><li><p>first</p></li><li><p>second</p></li></ul><ol><li><p>one</p></li><li><p>two</p></li></ol>"
                + "<figure data-photo=\"12\"><figcaption>The harbour at dawn <small>Photo desk</small></figcaption></figure>"
                + "<figure data-photo=\"13\"></figure>");
    }

    @Test
    void shouldLeaveWhatOnlyLooksLikeSyntaxAsText() {
        assertThat(PlainTextBody.html("snake_case_name, 2 ** 3, a * b * c, [not a link](javascript:alert(1)),"
                + " [no address], #hashtag, x < y && z > 1, C:\\path\\to"))
                .isEqualTo("<p>snake_case_name, 2 ** 3, a * b * c, [not a link](javascript:alert(1)), [no address],"
                        + " #hashtag, x &lt; y &amp;&amp; z &gt; 1, C:\\path\\to</p>");
        assertThat(PlainTextBody.html("\\## not a heading\n\n\\- not a list\n\n1\\. not a list\n\n\\**not bold\\**"))
                .isEqualTo("<p>## not a heading</p><p>- not a list</p><p>1. not a list</p><p>**not bold**</p>");
    }

    @Test
    void shouldWriteAStoredBodyInTheLightSyntax() {
        String html = "<h2>A sub-heading</h2><p>Text with <strong>bold</strong> and <a href=\"https://example.org\">a"
                + " link</a>.</p><blockquote><p>Quoted.</p></blockquote><ul><li><p>first</p></li></ul>"
                + "<figure data-photo=\"7\"><figcaption>Caption <small>Credit</small></figcaption></figure>";

        assertThat(PlainTextBody.toText(html)).isEqualTo("""
                ## A sub-heading

                Text with **bold** and [a link](https://example.org).

                > Quoted.

                - first

                ![Caption](photo:7 "Credit")""");
    }

    @Test
    void shouldEscapeOnlyWhatWouldOtherwiseBeReadAsSyntax() {
        assertThat(PlainTextBody.toText("<p>## not a heading</p><p>1. not a list</p><p>AT&amp;T, a &lt; b</p>"
                + "<p>&lt;p&gt; is a tag</p><p>**not bold** and snake_case</p>"))
                .isEqualTo("\\## not a heading\n\n1\\. not a list\n\nAT&T, a < b\n\n&lt;p> is a tag\n\n"
                        + "\\*\\*not bold\\*\\* and snake\\_case");
    }

    @Test
    void shouldWriteAsHtmlWhatTheSyntaxCannotSay() {
        String html = "<ul><li><p>item</p><ul><li><p>nested</p></li></ul></li></ul><p><strong> spaced</strong> out</p>";

        String text = PlainTextBody.toText(html);

        assertThat(text).contains("<ul><li><p>item</p><ul>");
        assertThat(PlainTextBody.html(text)).isEqualTo(BodySanitizer.sanitize(html));
    }

    @Test
    void shouldLoseNothingBetweenTheTwoModes() {
        List<String> bodies = List.of(
                BodySanitizerTest.resource("body/every-node.html"),
                BodySanitizer.sanitize(BodySanitizerTest.resource("paste/word.html")),
                BodySanitizer.sanitize(BodySanitizerTest.resource("paste/google-docs.html")),
                BodySanitizer.sanitize(BodySanitizerTest.resource("paste/web-page.html")),
                "<p>A backslash at the end \\</p><p>\\* literal</p><p>Line<br>## after a break</p>",
                "<p><a href=\"https://example.org/x?a=1&amp;b=(2)\">odd [link] text</a></p>",
                "<figure data-photo=\"5\"><figcaption>A [caption] with \\ and \"quotes\" <small>A \"credit\"</small>"
                        + "</figcaption></figure>");
        for (String html : bodies) {
            String text = PlainTextBody.toText(html);
            assertThat(PlainTextBody.html(text)).as(text).isEqualTo(BodySanitizer.sanitize(html));
            assertThat(PlainTextBody.toText(PlainTextBody.html(text))).as("stable: " + text).isEqualTo(text);
        }
    }

    @Test
    void shouldLoseNothingBetweenTheTwoModesForRandomBodies() {
        Random random = new Random(20160607);
        for (int n = 0; n < 200; n++) {
            String html = BodySanitizer.sanitize(randomBody(random));
            String text = PlainTextBody.toText(html);
            assertThat(PlainTextBody.html(text)).as(html + "\n---\n" + text).isEqualTo(html);
        }
    }

    private static final String[] WORDS = {"news", "snake_case", "2 ** 3", "*", "_", "**", "#", "> ", "- ", "1. ",
            "[x]", "(y)", "\\", "&amp;", "&lt;b&gt;", "&lt;p&gt;", "a&lt;b", "![", "](photo:1)", "`", "Ünïcödé", "—",
            "«ёлка»", "\"", "'", "http://x.org", " ", "  ", ".", ",", "!"};

    private static String randomBody(Random random) {
        StringBuilder html = new StringBuilder();
        int blocks = 1 + random.nextInt(5);
        for (int b = 0; b < blocks; b++) {
            switch (random.nextInt(7)) {
                case 0 -> html.append("<h2>").append(randomInline(random, 2)).append("</h2>");
                case 1 -> html.append("<blockquote><p>").append(randomInline(random, 2)).append("</p><p>")
                        .append(randomInline(random, 1)).append("</p></blockquote>");
                case 2 -> html.append("<ul><li>").append(randomInline(random, 1)).append("</li><li>")
                        .append(randomInline(random, 2)).append("</li></ul>");
                case 3 -> html.append("<ol><li>").append(randomInline(random, 2)).append("</li></ol>");
                case 4 -> html.append("<figure data-photo=\"").append(random.nextInt(99)).append("\"><figcaption>")
                        .append(randomText(random)).append(" <small>").append(randomText(random))
                        .append("</small></figcaption></figure>");
                default -> html.append("<p>").append(randomInline(random, 3)).append("</p>");
            }
        }
        return html.toString();
    }

    private static String randomInline(Random random, int depth) {
        StringBuilder html = new StringBuilder();
        int parts = 1 + random.nextInt(4);
        for (int p = 0; p < parts; p++) {
            int kind = depth == 0 ? 0 : random.nextInt(6);
            switch (kind) {
                case 1 -> html.append("<strong>").append(randomInline(random, depth - 1)).append("</strong>");
                case 2 -> html.append("<em>").append(randomInline(random, depth - 1)).append("</em>");
                case 3 -> html.append("<a href=\"https://example.org/").append(random.nextInt(9)).append("_x\">")
                        .append(randomInline(random, depth - 1)).append("</a>");
                case 4 -> html.append(randomText(random)).append("<br>");
                default -> html.append(randomText(random));
            }
        }
        return html.toString();
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int words = 1 + random.nextInt(4);
        for (int w = 0; w < words; w++) {
            text.append(WORDS[random.nextInt(WORDS.length)]);
            if (random.nextBoolean()) {
                text.append(' ');
            }
        }
        return text.toString();
    }
}
