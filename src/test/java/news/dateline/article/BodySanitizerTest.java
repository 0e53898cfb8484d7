package news.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BodySanitizerTest {

    @Test
    void shouldKeepTheStructureOfANewsBody() {
        String body = "<p>Text with <strong>bold</strong>, <em>italic</em> and "
                + "<a href=\"https://example.org/a\">a link</a>.</p><h2>Sub-heading</h2>"
                + "<blockquote><p>\"A quote,\" he said.</p></blockquote><ul><li><p>one</p></li></ul><ol><li><p>two</p></li></ol>";

        assertThat(BodySanitizer.sanitize(body)).isEqualTo(body);
    }

    @Test
    void shouldKeepEveryElementOfTheEditorsDocumentModelUnchanged() {
        String everyNode = resource("body/every-node.html");

        assertThat(BodySanitizer.sanitize(everyNode)).isEqualTo(everyNode);
    }

    @Test
    void shouldAllowNoElementThatTheEditorsDocumentModelLacks() {
        Set<String> inFixture = new HashSet<>();
        Jsoup.parseBodyFragment(resource("body/every-node.html")).body().getAllElements().stream()
                .skip(1).map(Element::normalName).forEach(inFixture::add);

        assertThat(BodySanitizer.ELEMENTS).containsExactlyInAnyOrderElementsOf(inFixture);
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
                + " <a href=\" JaVaScRiPt:alert(1)\">again</a> <a href=\"data:text/html,x\">data</a>"
                + " <a href=\"/relative\">relative</a></p>"))
                .isEqualTo("<p>click again data relative</p>");
    }

    @Test
    void shouldDropUnknownTagsButKeepTheirText() {
        assertThat(BodySanitizer.sanitize("<div><p>Kept <iframe src=\"https://x\"></iframe><span>inner</span></p>"
                + "<img src=x onerror=alert(1)></div>")).isEqualTo("<p>Kept inner</p>");
    }

    @Test
    void shouldKeepBlocksApartWhenTheirContainersGo() {
        assertThat(BodySanitizer.sanitize("<div>One</div><div>Two</div><section><div>Three</div>Four</section>"
                + "<table><tr><td>Five</td><td>Six</td></tr></table><pre>Seven\nEight</pre>"))
                .isEqualTo("<p>One</p><p>Two</p><p>Three</p><p>Four</p><p>Five</p><p>Six</p><p>Seven<br>Eight</p>");
    }

    @Test
    void shouldMakeTheEditorsMarkupOfOlderOrForeignForms() {
        assertThat(BodySanitizer.sanitize("<h1>Title</h1><h4>Small</h4><p><b>b</b> <i>i</i></p>"
                + "<ul><li>bare item</li><li><h2>heading item</h2></li></ul><blockquote>loose quote</blockquote>"
                + "Loose text<p>  spaced   out  <br> </p><p>&nbsp;</p><p></p>"))
                .isEqualTo("<h2>Title</h2><h3>Small</h3><p><strong>b</strong> <em>i</em></p>"
                        + "<ul><li><p>bare item</p></li><li><p>heading item</p></li></ul>"
                        + "<blockquote><p>loose quote</p></blockquote><p>Loose text</p><p>spaced out</p>");
    }

    @Test
    void shouldMergeNeighbouringMarksAndDropEmptyOnes() {
        assertThat(BodySanitizer.sanitize("<p><strong>a</strong><strong>b</strong> <em></em><strong><strong>c</strong></strong>"
                + " <a href=\"https://x.org\">d<a href=\"https://y.org\">e</a></a></p>"))
                .isEqualTo("<p><strong>ab</strong> <strong>c</strong> <a href=\"https://x.org\">d</a>"
                        + "<a href=\"https://y.org\">e</a></p>");
    }

    @Test
    void shouldKeepAPhotoFromTheLibraryByNumberOnlyWithItsCaptionAndCredit() {
        assertThat(BodySanitizer.sanitize("<figure data-photo=\"0012\" class=\"x\" style=\"y\"><img src=\"https://evil/x.jpg\""
                + " onerror=\"alert(1)\"><figcaption> The <em>harbour</em>\n at dawn <small>© Photo desk</small>"
                + "</figcaption></figure>"))
                .isEqualTo("<figure data-photo=\"12\"><figcaption>The harbour at dawn <small>Photo desk</small>"
                        + "</figcaption></figure>");
    }

    @Test
    void shouldStoreTheCreditOfABodyPhotoWithoutTheSignsTypedBeforeItAsAMainPhotosCredit() {
        for (String typed : List.of("© © Photo desk", "Copyright Photo desk", "(c) Photo desk", "©©Photo desk",
                "\u00a0© (C) Photo desk", "Photo desk")) {
            assertThat(BodySanitizer.sanitize("<figure data-photo=\"3\"><figcaption>Cap <small>" + typed
                    + "</small></figcaption></figure>")).as(typed)
                    .isEqualTo("<figure data-photo=\"3\"><figcaption>Cap <small>Photo desk</small></figcaption></figure>");
        }
        assertThat(BodySanitizer.sanitize("<figure data-photo=\"3\"><figcaption><small>Copyrighted Works</small>"
                + "</figcaption></figure>")).isEqualTo("<figure data-photo=\"3\"><figcaption><small>Copyrighted Works"
                + "</small></figcaption></figure>");
        assertThat(BodySanitizer.sanitize("<figure data-photo=\"3\"><figcaption>Cap <small>© </small></figcaption>"
                + "</figure>")).isEqualTo("<figure data-photo=\"3\"><figcaption>Cap</figcaption></figure>");
    }

    @Test
    void shouldDropFiguresThatAreNotPhotosFromTheLibrary() {
        assertThat(BodySanitizer.sanitize("<figure><img src=\"https://x/y.jpg\"><figcaption>Caption</figcaption></figure>"
                + "<figure data-photo=\"javascript:1\"><figcaption>Bad</figcaption></figure>"
                + "<blockquote><figure data-photo=\"3\"></figure><p>q</p></blockquote><p>Kept</p>"))
                .isEqualTo("<blockquote><p>q</p></blockquote><p>Kept</p>");
    }

    @Test
    void shouldGiveTheSameResultWhenSanitizedTwice() {
        for (String fixture : new String[] {"paste/word.html", "paste/google-docs.html", "paste/web-page.html"}) {
            String once = BodySanitizer.sanitize(resource(fixture));
            assertThat(BodySanitizer.sanitize(once)).as(fixture).isEqualTo(once);
        }
    }

    @Test
    void shouldTurnAWordDocumentIntoCleanStructure() {
        String body = BodySanitizer.sanitize(resource("paste/word.html"));

        assertThat(body).isEqualTo("<h2>Port strike enters its third day</h2>"
                + "<p>Dock workers in the northern port stayed off the job on Wednesday, the union said, as talks with"
                + " the operator <strong>broke down again</strong> late on Tuesday.</p>"
                + "<p>The operator said the dispute was costing it <em>about two million euros a day</em>. Its"
                + " statement is on <a href=\"https://example.com/press/strike-statement\">the company’s website</a>.</p>"
                + "<h2>What the union wants</h2>"
                + "<ul><li><p>A pay rise of 6 per cent</p></li><li><p>Shorter night shifts</p></li>"
                + "<li><p>A written safety plan</p></li></ul>"
                + "<p>Talks are due to resume on Friday.</p>"
                + "<ol><li><p>Mediation</p></li><li><p>A vote</p></li></ol>");
    }

    @Test
    void shouldTurnAGoogleDocsDocumentIntoCleanStructureWithoutMakingEverythingBold() {
        String body = BodySanitizer.sanitize(resource("paste/google-docs.html"));

        assertThat(body).isEqualTo("<h2>Council approves the harbour budget</h2>"
                + "<p>The council approved the budget on Monday by <strong>31 votes to 12</strong>, after a debate that"
                + " ran <em>past midnight</em>.</p>"
                + "<p>The full text is in the <a href=\"https://www.google.com/url?q=https://example.org/budget.pdf&amp;"
                + "sa=D&amp;source=editors&amp;ust=1717750000000000&amp;usg=AOvVaw0\">council’s papers</a>.</p>"
                + "<ul><li><p>New quay walls</p></li><li><p>Dredging of the inner basin</p></li></ul>"
                + "<p>Work starts in the spring.</p>");
    }

    @Test
    void shouldTurnAWebPageIntoCleanStructureWithoutItsScriptsTrackersAndImages() {
        String body = BodySanitizer.sanitize(resource("paste/web-page.html"));

        assertThat(body).isEqualTo("<h2>Rail link opens after ten years of work</h2>"
                + "<p>By Staff reporter 7 June 2016</p>"
                + "<p>The new rail link between the airport and the city centre opened on Tuesday, <strong>ten"
                + " years</strong> after work began.</p>"
                + "<p>Trains will run every <em>fifteen minutes</em>, the operator said in a"
                + " <a href=\"https://example.com/news/timetable?utm_source=share\">statement</a>. Share this</p>"
                + "<h3>Fares</h3><p>A single ticket costs <strong>€4.50</strong>.</p>"
                + "<blockquote><p>“It changes how the whole region travels,” the mayor said.</p></blockquote>"
                + "<p>Length</p><p>12 km</p><p>Related: tickets go on sale</p>");
        Document page = Jsoup.parseBodyFragment(body);
        assertThat(page.select("[style], [class], [onclick], [onmouseover], img, script, span, font")).isEmpty();
    }

    @Test
    void shouldTurnNothingIntoAnEmptyBody() {
        assertThat(BodySanitizer.sanitize(null)).isEmpty();
        assertThat(BodySanitizer.sanitize("   ")).isEmpty();
        assertThat(BodySanitizer.sanitize("<p> </p><!-- comment -->")).isEmpty();
    }

    static String resource(String name) {
        try (InputStream in = BodySanitizerTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
