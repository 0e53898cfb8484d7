package news.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.dateline.demo.WireStory;
import news.dateline.testing.Browser;
import news.dateline.testing.ClientSideData;
import news.dateline.testing.Await;
import news.dateline.testing.Deployments;
import news.dateline.testing.Fixtures;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.SiteClient;
import news.dateline.testing.TestContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A writer types the reference wire story in the visual body editor (the dateline comes from a
 * pasted first paragraph, the sub-heading and the quote from the toolbar, a link from the link
 * form), pastes a Word document, places a photo from the library, and publishes; the public page
 * has every paragraph as its own {@code <p>}, the sub-heading, the quote, the link, Word's lists and
 * the photo with its caption and credit, and no style attributes. The same story typed without
 * JavaScript, in the plain-text syntax, publishes the same structure. The editor's document model
 * and the server's sanitizer agree on every element.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BodyEditorBrowserIT {

    static final String LINK = "https://tass.com/politics";
    static final String PHOTO_CAPTION = "Diplomats at the talks, in the body";

    private final String baseUrl = System.getProperty("dateline.test.base-url", "http://127.0.0.1:8180");
    private final String id = UUID.randomUUID().toString().substring(0, 8);
    private final WireStory story = WireStory.parse(Fixtures.seedArticle());
    private final List<ChromeDriver> browsers = new ArrayList<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @AfterEach
    void closeTheBrowsers() {
        browsers.forEach(ChromeDriver::quit);
    }

    @Test
    void aWriterTypesTheStoryInTheVisualEditorPastesFromWordPlacesAPhotoAndPublishesCleanStructure() {
        String username = ClientSideData.newEditor();
        ClientSideData.section("World");
        long photo = uploadPhoto(username);
        ChromeDriver browser = watched();
        signIn(browser, username);
        browser.get(baseUrl + "/newsroom/articles/new");
        browser.findElement(By.id("headline")).sendKeys(story.headline() + " " + id);
        browser.findElement(By.id("lead")).sendKeys(story.lead());
        assertThat(browser.findElement(By.id("headline-count")).getText()).endsWith("of 300 characters")
                .startsWith((story.headline() + " " + id).length() + " of");
        new Select(browser.findElement(By.id("section"))).selectByVisibleText("World");

        WebElement editor = Browser.bodyEditor(browser);
        assertThat(browser.findElement(By.id("body")).isDisplayed()).as("the textarea gives way").isFalse();
        List<Element> blocks = Jsoup.parseBodyFragment(story.bodyHtml()).body().children();
        Browser.paste(browser, editor, null, "MOSCOW, June 7. /TASS/. " + blocks.get(0).text());
        assertThat(browser.findElement(By.id("datelinePlace")).getAttribute("value")).isEqualTo("Moscow");
        assertThat(browser.findElement(By.id("agencyMark")).getAttribute("value")).isEqualTo("TASS");
        assertThat(browser.findElement(By.id("body-status")).getText()).contains("Moscow", "TASS");

        editor.sendKeys(Keys.CONTROL, Keys.END);
        editor.sendKeys(Keys.ARROW_LEFT);
        for (int i = 0; i < "statement".length(); i++) {
            editor.sendKeys(Keys.SHIFT, Keys.ARROW_LEFT);
        }
        browser.findElement(By.cssSelector("#body-tools button[data-command=link]")).click();
        WebElement href = browser.findElement(By.id("body-link-href"));
        href.clear();
        href.sendKeys(LINK, Keys.ENTER);
        editor.sendKeys(Keys.CONTROL, Keys.END);

        Element previous = blocks.get(0);
        for (Element block : blocks.subList(1, blocks.size())) {
            editor.sendKeys(Keys.ENTER);
            if (previous.is("blockquote")) {
                editor.sendKeys(Keys.ENTER);
            }
            editor.sendKeys(block.text());
            if (block.is("h2")) {
                browser.findElement(By.cssSelector("#body-tools button[data-command=h2]")).click();
                assertThat(browser.findElement(By.cssSelector("#body-tools button[data-command=h2]"))
                        .getAttribute("aria-pressed")).isEqualTo("true");
            } else if (block.is("blockquote")) {
                browser.findElement(By.cssSelector("#body-tools button[data-command=quote]")).click();
            }
            previous = block;
        }
        editor.sendKeys(Keys.ENTER);
        Browser.paste(browser, editor, resource("paste/word.html"), "Port strike enters its third day");
        editor.sendKeys(Keys.CONTROL, Keys.END);
        editor.sendKeys(Keys.ENTER);
        editor.sendKeys(Keys.ENTER);
        browser.findElement(By.cssSelector("#body-tools button[data-command=photo]")).click();
        WebElement search = browser.findElement(By.id("photo-search"));
        search.sendKeys(id, Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(
                By.cssSelector("#photo-results button[data-photo='" + photo + "']")).size() == 1);
        Browser.screenshot(browser, "body-editor-photo-picker");
        browser.findElement(By.cssSelector("#photo-results button[data-photo='" + photo + "']")).click();
        WebElement caption = browser.findElement(By.cssSelector("#body-editor figure.body-photo input"));
        assertThat(caption.getAttribute("value")).startsWith("Diplomats " + id);
        caption.clear();
        caption.sendKeys(PHOTO_CAPTION);
        assertThat(browser.findElement(By.id("body-count")).getText()).contains("words", "min to read");
        Browser.screenshot(browser, "body-editor-filled");
        assertThat(Browser.problems(browser)).as("no policy violation or script error in the editor").isEmpty();

        browser.findElement(By.cssSelector("button[value=publish]")).click();
        Document page = published(browser);

        List<String> expected = new ArrayList<>(storyStructure());
        expected.addAll(List.of("h2: Port strike enters its third day",
                "p: Dock workers in the northern port stayed off the job on Wednesday, the union said, as talks with"
                        + " the operator broke down again late on Tuesday.",
                "p: The operator said the dispute was costing it about two million euros a day. Its statement is on"
                        + " the company’s website.",
                "h2: What the union wants",
                "ul: A pay rise of 6 per cent | Shorter night shifts | A written safety plan",
                "p: Talks are due to resume on Friday.",
                "ol: Mediation | A vote"));
        expected.add("figure: " + PHOTO_CAPTION + " | © Photo desk " + id);
        assertThat(structure(page)).containsExactlyElementsOf(expected);
        assertThat(page.select(".article-body a[href=" + LINK + "]").text()).isEqualTo("statement");
        assertThat(page.select(".article-body strong").eachText()).contains("broke down again");
        assertThat(page.select(".article-body [style], .article-body [onclick], .article-body img:not(figure > picture > img)"))
                .isEmpty();
        assertThat(page.select(".article-body span")).allMatch(span -> span.is(".dateline, .caption, .credit"));
        String picture = page.selectFirst(".article-body figure.body-photo img").attr("src");
        assertThat(picture).startsWith("/media/" + photo + ".");
        assertThat(new SiteClient().get(picture).statusCode()).as("a photo in a published body is public").isEqualTo(200);
        assertThat(page.select(".article-body figure.body-photo > picture > source[type=image/webp]").attr("srcset"))
                .startsWith("/media/" + photo + "/320.webp 320w");
        assertThat(page.select(".article-body figure.body-photo img").attr("alt")).isEqualTo("Two men at a table");

        browser.get(browser.findElement(By.linkText("View on the site")).getAttribute("href"));
        assertThat(browser.findElements(By.cssSelector(".article-body figure.body-photo picture img"))).hasSize(1);
        assertThat(Browser.injectedMarkup(browser)).as("the page draws the photo as the site does, nothing else")
                .isEmpty();
        assertThat(Browser.problems(browser)).isEmpty();
    }

    @Test
    void pastedGoogleDocsWebPagesAndWordAreStoredAsTheServersSanitizerWouldStoreThem() {
        String username = ClientSideData.newEditor();
        ChromeDriver browser = watched();
        signIn(browser, username);
        browser.get(baseUrl + "/newsroom/articles/new");
        WebElement editor = Browser.bodyEditor(browser);

        for (String fixture : List.of("paste/google-docs.html", "paste/web-page.html", "paste/word.html")) {
            String html = resource(fixture);
            empty(browser, editor);
            Browser.paste(browser, editor, html, Jsoup.parse(html).text());

            String stored = browser.findElement(By.id("body")).getAttribute("value");
            assertThat(stored).as(fixture + ": what the editor stores").isEqualTo(BodySanitizer.sanitize(html));
            assertThat(editor.findElements(By.cssSelector("p"))).as(fixture + ": no empty spacer paragraphs")
                    .noneMatch(paragraph -> paragraph.getText().isBlank());
        }
        assertThat(BodySanitizer.sanitize(resource("paste/google-docs.html"))).as("the blocks of the Google document")
                .startsWith("<h2>Council approves the harbour budget</h2><p>The council approved")
                .contains("</p><p>The full text is in", "</p><ul><li><p>New quay walls</p>", "</ul><p>Work starts");
        assertThat(Browser.problems(browser)).isEmpty();
    }

    @Test
    void aWireStoryPastedAsPlainTextIntoAnEmptyBodyFillsTheDatelineFields() {
        String username = ClientSideData.newEditor();
        ChromeDriver browser = watched();
        signIn(browser, username);
        browser.get(baseUrl + "/newsroom/articles/new");
        WebElement editor = Browser.bodyEditor(browser);

        Browser.paste(browser, editor, null, resource("paste/wire-tass.txt"));
        assertThat(browser.findElement(By.id("datelinePlace")).getAttribute("value")).isEqualTo("Moscow");
        assertThat(browser.findElement(By.id("agencyMark")).getAttribute("value")).isEqualTo("TASS");
        assertThat(browser.findElement(By.id("body")).getAttribute("value")).isEqualTo("<p>The high-speed rail line to"
                + " Kazan will open to passengers in 2028, the head of the state railway company told reporters on"
                + " Friday.</p><p>\"Trains will take three and a half hours from Moscow,\" he said.</p><p>Construction"
                + " of the 800-km line started last year.</p>");

        empty(browser, editor);
        browser.findElement(By.id("datelinePlace")).clear();
        browser.findElement(By.id("agencyMark")).clear();
        Browser.paste(browser, editor, null, resource("paste/wire-reuters.txt"));
        assertThat(browser.findElement(By.id("datelinePlace")).getAttribute("value")).isEqualTo("London");
        assertThat(browser.findElement(By.id("agencyMark")).getAttribute("value")).isEqualTo("Reuters");
        assertThat(browser.findElement(By.id("body")).getAttribute("value")).startsWith("<p>British house prices rose")
                .endsWith("<p>(Reporting by the London newsroom; editing by the economics desk)</p>");
        assertThat(browser.findElement(By.id("body-status")).getText()).contains("London", "Reuters");

        browser.findElement(By.id("datelinePlace")).clear();
        browser.findElement(By.id("agencyMark")).clear();
        Browser.paste(browser, editor, null, "\n" + resource("paste/wire-tass.txt"));
        assertThat(browser.findElement(By.id("datelinePlace")).getAttribute("value")).as("only into an empty body")
                .isEmpty();
        assertThat(browser.findElement(By.id("body")).getAttribute("value")).contains("MOSCOW, June 7. /TASS/. The high");
        assertThat(Browser.problems(browser)).isEmpty();
    }

    @Test
    void theKeyboardShortcutsAndTheToolbarMakeBoldItalicAndListsThatThePageShows() {
        String username = ClientSideData.newEditor();
        ClientSideData.section("World");
        ChromeDriver browser = watched();
        signIn(browser, username);
        browser.get(baseUrl + "/newsroom/articles/new");
        browser.findElement(By.id("headline")).sendKeys("Shortcuts " + id);
        new Select(browser.findElement(By.id("section"))).selectByVisibleText("World");
        WebElement editor = Browser.bodyEditor(browser);
        WebElement bold = browser.findElement(By.cssSelector("#body-tools button[data-command=bold]"));
        WebElement numbers = browser.findElement(By.cssSelector("#body-tools button[data-command=numbers]"));

        editor.sendKeys("Make this word bold and this italic.");
        editor.sendKeys(Keys.CONTROL, Keys.END);
        editor.sendKeys(Keys.ARROW_LEFT);
        for (int i = 0; i < "italic".length(); i++) {
            editor.sendKeys(Keys.SHIFT, Keys.ARROW_LEFT);
        }
        editor.sendKeys(Keys.chord(Keys.CONTROL, "i"));
        editor.sendKeys(Keys.CONTROL, Keys.HOME);
        for (int i = 0; i < "Make this word ".length(); i++) {
            editor.sendKeys(Keys.ARROW_RIGHT);
        }
        for (int i = 0; i < "bold".length(); i++) {
            editor.sendKeys(Keys.SHIFT, Keys.ARROW_RIGHT);
        }
        editor.sendKeys(Keys.chord(Keys.CONTROL, "b"));
        pressedBecomes(browser, bold, "true", "the selection is bold");
        editor.sendKeys(Keys.CONTROL, Keys.HOME);
        pressedBecomes(browser, bold, "false", "the caret in plain text");
        for (int i = 0; i < "Make this word bo".length(); i++) {
            editor.sendKeys(Keys.ARROW_RIGHT);
        }
        pressedBecomes(browser, bold, "true", "the caret in bold text");

        editor.sendKeys(Keys.CONTROL, Keys.END);
        editor.sendKeys(Keys.ENTER, "First point");
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.SHIFT, "8"));
        editor.sendKeys(Keys.ENTER, "Second point", Keys.ENTER, Keys.ENTER, "Step one");
        pressedBecomes(browser, numbers, "false", "the caret in a bulleted list");
        numbers.click();
        pressedBecomes(browser, numbers, "true", "the caret in a numbered list");
        editor.sendKeys(Keys.ENTER, "Step two");
        assertThat(browser.findElement(By.id("body")).getAttribute("value")).isEqualTo("<p>Make this word"
                + " <strong>bold</strong> and this <em>italic</em>.</p><ul><li><p>First point</p></li><li><p>Second"
                + " point</p></li></ul><ol><li><p>Step one</p></li><li><p>Step two</p></li></ol>");
        assertThat(Browser.problems(browser)).isEmpty();

        browser.findElement(By.cssSelector("button[value=publish]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector(".flash"))
                .stream().anyMatch(flash -> flash.getText().startsWith("Published")));
        String url = browser.findElement(By.linkText("View on the site")).getAttribute("href");
        Document page = Jsoup.parse(new SiteClient().get(url.substring(baseUrl.length())).body());
        assertThat(page.select(".article-body strong").eachText()).containsExactly("bold");
        assertThat(page.select(".article-body em").eachText()).containsExactly("italic");
        assertThat(page.select(".article-body > ul > li").eachText()).containsExactly("First point", "Second point");
        assertThat(page.select(".article-body > ol > li").eachText()).containsExactly("Step one", "Step two");
    }

    @Test
    void aBodyPhotoWithoutAltTextIsAVisibleWarningInTheEditor() {
        String username = ClientSideData.newEditor();
        ClientSideData.section("World");
        long described = uploadPhoto(username);
        long undescribed = uploadPhoto(username, "");
        ChromeDriver browser = watched();
        signIn(browser, username);
        browser.get(baseUrl + "/newsroom/articles/new");
        browser.findElement(By.id("headline")).sendKeys("Alt text " + id);
        new Select(browser.findElement(By.id("section"))).selectByVisibleText("World");
        WebElement editor = Browser.bodyEditor(browser);
        editor.sendKeys("Two photos.", Keys.ENTER);
        for (long photo : List.of(described, undescribed)) {
            browser.findElement(By.cssSelector("#body-tools button[data-command=photo]")).click();
            WebElement search = browser.findElement(By.id("photo-search"));
            search.clear();
            search.sendKeys(id, Keys.ENTER);
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(
                    By.cssSelector("#photo-results button[data-photo='" + photo + "']")).size() == 1);
            new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                    .until(d -> {
                        d.findElement(By.cssSelector("#photo-results button[data-photo='" + photo + "']")).click();
                        return true;
                    });
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElement(By.id("photo-picker"))
                    .isDisplayed());
            editor.sendKeys(Keys.ENTER);
        }
        assertNoAltWarningOnlyFor(browser, undescribed, described);

        browser.findElement(By.cssSelector("button[value=save]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector(".flash"))
                .stream().anyMatch(flash -> flash.getText().equals("Saved.")));
        Browser.bodyEditor(browser);
        assertNoAltWarningOnlyFor(browser, undescribed, described);
        assertThat(Browser.problems(browser)).isEmpty();
    }

    private static void assertNoAltWarningOnlyFor(ChromeDriver browser, long undescribed, long described) {
        List<WebElement> photos = browser.findElements(By.cssSelector("#body-editor figure.body-photo"));
        assertThat(photos).hasSize(2);
        for (WebElement photo : photos) {
            List<WebElement> warning = photo.findElements(By.cssSelector(".no-alt"));
            boolean without = photo.getText().contains("Photo " + undescribed + " from the library");
            assertThat(photo.getText()).contains("Photo " + (without ? undescribed : described) + " from the library");
            assertThat(warning).hasSize(1);
            assertThat(warning.get(0).isDisplayed()).as("photo " + (without ? undescribed : described)).isEqualTo(without);
            if (without) {
                assertThat(warning.get(0).getText()).isEqualTo("This photo has no alt text: readers who cannot see it"
                        + " get nothing. Add it in the media library.");
            }
        }
    }

    /** Selects the whole body and deletes it. */
    private static void empty(ChromeDriver browser, WebElement editor) {
        editor.click();
        editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        assertThat(browser.findElement(By.id("body")).getAttribute("value")).isIn("", "<p></p>");
    }

    /** What the editor writes for a body, read through its document model. */
    private static String editorWrites(ChromeDriver browser, String html) {
        return (String) browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " var html = arguments[0];"
                + " var src = document.querySelector('script[type=module]').src;"
                + " import(src).then(function (editor) { done(editor.toHTML(editor.fromHTML(html))); },"
                + " function (e) { done('error: ' + e); });", html);
    }

    @Test
    void theSameStoryTypedWithoutJavaScriptInThePlainTextSyntaxPublishesTheSameStructure() {
        String username = ClientSideData.newEditor();
        ClientSideData.section("World");
        long photo = uploadPhoto(username);
        ChromeDriver browser = Browser.startWithoutJavaScript();
        browsers.add(browser);
        signIn(browser, username);
        browser.get(baseUrl + "/newsroom/articles/new");
        assertThat(browser.findElements(By.cssSelector("#body-editor"))).as("no visual editor").isEmpty();
        assertThat(browser.findElement(By.id("body-tools")).isDisplayed()).as("no toolbar without JavaScript").isFalse();
        assertThat(browser.findElement(By.cssSelector("details.syntax-help")).getText())
                .contains("Writing the body as plain text");

        browser.findElement(By.id("headline")).sendKeys(story.headline() + " " + id);
        browser.findElement(By.id("lead")).sendKeys(story.lead());
        browser.findElement(By.id("datelinePlace")).sendKeys("Moscow");
        browser.findElement(By.id("agencyMark")).sendKeys("TASS");
        new Select(browser.findElement(By.id("section"))).selectByVisibleText("World");
        List<String> typed = new ArrayList<>();
        for (Element block : Jsoup.parseBodyFragment(story.bodyHtml()).body().children()) {
            String text = block.text();
            if (typed.isEmpty()) {
                text = text.replaceFirst("statement\\.$", "[statement](" + LINK + ").");
            }
            typed.add(block.is("h2") ? "## " + text : block.is("blockquote") ? "> " + text : text);
        }
        typed.add("![" + PHOTO_CAPTION + "](photo:" + photo + " \"Photo desk " + id + "\")");
        browser.findElement(By.id("body")).sendKeys(String.join("\n\n", typed));
        Browser.screenshot(browser, "body-editor-without-javascript");
        browser.findElement(By.cssSelector("button[value=publish]")).click();
        Document page = published(browser);

        List<String> expected = new ArrayList<>(storyStructure());
        expected.add("figure: " + PHOTO_CAPTION + " | © Photo desk " + id);
        assertThat(structure(page)).containsExactlyElementsOf(expected);
        assertThat(page.select(".article-body a[href=" + LINK + "]").text()).isEqualTo("statement");
        assertThat(page.select(".article-body [style]")).isEmpty();
    }

    @Test
    void theEditorsDocumentModelAndTheSanitizerAgreeOnEveryElement() {
        String username = ClientSideData.newEditor();
        ClientSideData.section("World");
        ChromeDriver browser = watched();
        signIn(browser, username);
        browser.get(baseUrl + "/newsroom/articles/new");
        WebElement editor = Browser.bodyEditor(browser);
        String everyNode = resource("body/every-node.html");

        Browser.paste(browser, editor, everyNode, "");

        assertThat(browser.findElement(By.id("body")).getAttribute("value")).as("what the editor writes")
                .isEqualTo(everyNode);
        assertThat(BodySanitizer.sanitize(everyNode)).isEqualTo(everyNode);
        @SuppressWarnings("unchecked")
        List<String> written = (List<String>) browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " var html = arguments[0];"
                + " var src = document.querySelector('script[type=module]').src;"
                + " import(src).then(function (editor) {"
                + "   var tags = {};"
                + "   var doc = editor.fromHTML(html);"
                + "   Object.keys(editor.schema.nodes).forEach(function (name) {"
                + "     var type = editor.schema.nodes[name]; if (type.spec.toDOM) {"
                + "       var found = false; doc.descendants(function (n) { if (n.type === type) { found = true; } });"
                + "       if (!found) { tags['missing:' + name] = true; } } });"
                + "   Object.keys(editor.schema.marks).forEach(function (name) {"
                + "     var found = false; doc.descendants(function (n) { if (editor.schema.marks[name].isInSet(n.marks)) {"
                + "       found = true; } }); if (!found) { tags['missing:' + name] = true; } });"
                + "   var written = document.createElement('div'); written.innerHTML = editor.toHTML(doc);"
                + "   written.querySelectorAll('*').forEach(function (el) { tags[el.localName] = true; });"
                + "   done(Object.keys(tags).sort());"
                + " }, function (e) { done(['error: ' + e]); });", everyNode);
        assertThat(written).as("every node and mark of the schema is in the fixture, and writes only what the"
                + " sanitizer allows").containsExactlyInAnyOrderElementsOf(BodySanitizer.ELEMENTS);
        for (String credit : List.of("© © Photo desk", "Copyright Photo desk", "(c) Photo desk", "©©Photo desk",
                "\u00a0© (C) Photo desk", "Copyrighted Works", "Photo desk ©", "©")) {
            String figure = "<figure data-photo=\"3\"><figcaption>Cap <small>" + credit + "</small></figcaption></figure>";
            assertThat(editorWrites(browser, figure)).as("the credit " + credit + " as the server stores it")
                    .isEqualTo(BodySanitizer.sanitize(figure));
        }
        assertThat(Browser.problems(browser)).isEmpty();
    }

    /** The reference story's body as the page shows it: each block with its text, the dateline first. */
    private List<String> storyStructure() {
        List<String> lines = new ArrayList<>();
        for (Element block : Jsoup.parseBodyFragment(story.bodyHtml()).body().children()) {
            lines.add(block.normalName() + ": " + block.text());
        }
        return lines;
    }

    /** What the page's body holds: one line per block, "p: text", "ul: a | b", "figure: caption | credit". */
    private static List<String> structure(Document page) {
        List<String> lines = new ArrayList<>();
        for (Element block : page.select(".article-body > *")) {
            if (block.is("ul, ol")) {
                lines.add(block.normalName() + ": " + String.join(" | ", block.select("li").eachText()));
            } else if (block.is("figure")) {
                lines.add("figure: " + block.select(".caption").text() + " | " + block.select(".credit").text());
            } else {
                lines.add(block.normalName() + ": " + block.text());
            }
        }
        if (!lines.isEmpty()) {
            lines.set(0, lines.get(0).replaceFirst("^p: MOSCOW, [A-Z][a-z]+ \\d{1,2}\\. /TASS/\\. ", "p: "));
        }
        return lines;
    }

    private Document published(ChromeDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> d.findElements(By.cssSelector(".flash")).size() == 1);
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).startsWith("Published");
        String url = browser.findElement(By.linkText("View on the site")).getAttribute("href");
        HttpResponse<String> response = new SiteClient().get(url.substring(baseUrl.length()));
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst(".article-body > p").text()).startsWith("MOSCOW, ").contains("/TASS/.");
        return page;
    }

    private ChromeDriver watched() {
        ChromeDriver browser = Browser.startWatching();
        browsers.add(browser);
        return browser;
    }

    private long uploadPhoto(String username) {
        return uploadPhoto(username, "Two men at a table");
    }

    private long uploadPhoto(String username, String altText) {
        NewsroomClient newsroom = new NewsroomClient();
        newsroom.signIn(username, TestContent.PASSWORD);
        newsroom.get("/newsroom/media");
        HttpResponse<String> upload = newsroom.postMultipart("/newsroom/media", Map.of("caption", "Diplomats " + id
                + " at the talks", "credit", "© Photo desk " + id, "altText", altText), "file",
                "talks.jpg", Fixtures.samplePhoto());
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(303);
        long photo = Long.parseLong(NewsroomClient.location(upload).replaceAll(".*/newsroom/media/(\\d+).*", "$1"));
        // Renditions are made in the background once the upload commits; the page lists them once they exist.
        Await.until("the photo's renditions", Duration.ofSeconds(20),
                () -> newsroom.get("/media/" + photo + "/1024.webp").statusCode() == 200);
        return photo;
    }

    private void signIn(ChromeDriver browser, String username) {
        browser.get(baseUrl + "/newsroom/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(TestContent.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit].primary")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector(".newsroom-bar .who")).isEmpty());
    }

    private static String resource(String name) {
        try (InputStream in = BodyEditorBrowserIT.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits for a toolbar button's pressed state: the editor reads a caret moved by keys from the
     * document's selection events, which come after the key events, so the state is not read at once.
     */
    private static void pressedBecomes(ChromeDriver browser, WebElement button, String pressed, String when) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(5))
                    .until(d -> pressed.equals(button.getAttribute("aria-pressed")));
        } catch (org.openqa.selenium.TimeoutException e) {
            assertThat(button.getAttribute("aria-pressed")).as(when).isEqualTo(pressed);
        }
    }
}
