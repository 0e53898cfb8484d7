package news.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import news.dateline.platform.Slug;
import news.dateline.testing.Browser;
import news.dateline.testing.Deployments;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.TestContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The hostile corpus ({@code hostile/xss-vectors.txt}) typed into every text field an editor or a
 * reader can set, through the newsroom's forms, then the pages that show those values loaded in
 * Chromium: no vector runs, no markup it carries reaches the page, no policy violation is reported,
 * and values show as the text that was typed (escaped, not deleted). Each field gets every vector,
 * round the corpus: article n takes vectors n + i and n + i + half in its i-th field; plain-text
 * fields that only one page type shows (bios, withdrawal reasons, display names) hold three vectors
 * each. Pages that share a template with one already loaded are sampled, to stay near two minutes.
 * The editor in the browser is an administrator whose display name is itself a vector, so it shows
 * in the newsroom bar of every newsroom page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputBrowserIT {

    static final List<String> VECTORS = corpus();
    private static final int HALF = (VECTORS.size() + 1) / 2;
    private static final List<String> ARTICLE_FIELDS = List.of("headline", "lead", "body", "datelinePlace",
            "agencyMark", "tags", "bylineText", "photoCredit", "photoUploadCaption", "photoAltText", "photoCaption");
    private static final Map<String, Integer> LIMITS = Map.of("headline", 300, "datelinePlace", 100,
            "agencyMark", 40, "bylineText", 200, "photoCredit", 300);

    private final String baseUrl = System.getProperty("dateline.test.base-url", "http://127.0.0.1:8180");
    private final String id = UUID.randomUUID().toString().substring(0, 8);
    private final NewsroomClient newsroom = new NewsroomClient();
    private final List<String> complaints = new ArrayList<>();
    private ChromeDriver browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void anAdministratorWithAHostileNameSignsIn() {
        newsroom.signIn(ContentSecurityPolicyBrowserIT.newAdmin(), TestContent.PASSWORD);
        newsroom.get("/newsroom/accounts");
        String username = "hostile-" + id;
        expect(303, newsroom.post("/newsroom/accounts", Map.of("username", username, "displayName",
                cut(vector(VECTORS.size() - 1), 120), "role", "ADMIN", "password", TestContent.PASSWORD)));
        browser = Browser.startWatching();
        browser.get(baseUrl + "/newsroom/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(TestContent.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit].primary")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector(".newsroom-bar .who")).isEmpty());
    }

    @AfterEach
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyArticleFieldShowsEveryVectorAsTextAndNoneRuns() {
        String section = newSection("Hostile desk " + id);
        byte[] photo = tinyPng();
        List<Long> articles = new ArrayList<>();
        for (int n = 0; n < HALF; n++) {
            Map<String, String> fields = articleFields(n, section);
            fields.put("action", "publish");
            long article = idFrom(expect(303, newsroom.postMultipart("/newsroom/articles", fields, "photoFile",
                    "photo-" + n + ".png", photo)));
            Map<String, String> correction = formOf(newsroom.page("/newsroom/articles/" + article));
            correction.put("lead", paired(n + 11, " "));
            correction.put("correctionNote", paired(n + 12, " "));
            correction.put("action", "save");
            expect(303, newsroom.post("/newsroom/articles/" + article, correction));
            articles.add(article);
        }

        Set<String> tagPages = new LinkedHashSet<>();
        for (int n = 0; n < articles.size(); n++) {
            String editor = "/newsroom/articles/" + articles.get(n);
            visit(editor);
            assertThat(browser.findElement(By.id("headline")).getAttribute("value")).as(editor)
                    .isEqualTo(inputValue(cut(paired(n, " "), 300)));
            String published = browser.findElement(By.cssSelector(".article-state a")).getAttribute("href");
            String compare = editor + "/compare?from=1&to=" + browser.findElements(By.cssSelector(
                    "table.revisions tbody tr")).size();
            visit(published.substring(baseUrl.length()));
            assertThat(shown("main h1")).as(published).isEqualTo(asText(normalized(paired(n, " "), 300)));
            assertThat(shown("main p.lead")).as(published).isEqualTo(asText(paired(n + 11, " ")));
            assertThat(shown("figcaption .caption")).as(published).isEqualTo(asText(paired(n + 10, " ")));
            browser.findElements(By.cssSelector("ul.tags a")).forEach(a -> tagPages.add(a.getAttribute("href")));
            if (n % 2 == 0) {
                visit(compare);
            }
        }
        List<String> tags = new ArrayList<>(tagPages);
        for (int t = 0; t < tags.size(); t += 2) {
            visit(tags.get(t).substring(baseUrl.length()));
        }
        visitEveryPage("/section/" + section);
        visitEveryPage("/");
        visitEveryPage("/newsroom?section=" + section);
        visit("/newsroom/media");
        visit("/newsroom/audit");

        assertThat(complaints).isEmpty();
    }

    @Test
    void sectionsContributorsAccountsAndWithdrawalsShowEveryVectorAsTextAndNoneRuns() {
        String section = newSection("Withdrawn desk " + id);
        List<String> authors = new ArrayList<>();
        List<String> withdrawn = new ArrayList<>();
        int third = (VECTORS.size() + 2) / 3;
        for (int n = 0; n < VECTORS.size(); n++) {
            expect(303, newsroom.post("/newsroom/sections", Map.of("name", cut("S" + n + " " + id + " " + vector(n), 80),
                    "position", "1000")));
            String contributor = "C" + n + " " + id + " " + vector(n + 1);
            expect(303, newsroom.post("/newsroom/contributors", Map.of("name", contributor, "bio",
                    packed(n + 2, third), "photoId", "", "accountId", "")));
            authors.add(contributor);
        }
        publishBylinedTo(third, "S0 " + id + " ");
        for (int n = 0; n < third; n++) {
            expect(303, newsroom.post("/newsroom/accounts", Map.of("username", "h" + n + "-" + id, "displayName",
                    cut(packed(n + 4, third), 120), "role", "WRITER", "password", TestContent.PASSWORD)));
            Map<String, String> article = Map.of("headline", "Withdrawn " + n + " " + id, "lead", "", "body",
                    "Soon gone.", "section", section, "action", "publish");
            long gone = idFrom(expect(303, newsroom.postMultipart("/newsroom/articles", article, null, null, null)));
            Document editor = newsroom.page("/newsroom/articles/" + gone);
            withdrawn.add(editor.select(".article-state a").first().attr("href"));
            expect(303, newsroom.post("/newsroom/articles/" + gone + "/withdraw", Map.of("version",
                    editor.selectFirst("input[name=version]").val(), "reason", cut(packed(n + 3, third), 1000),
                    "confirm", "yes")));
        }

        for (int n = 0; n < third; n++) {
            String author = "/author/" + Slug.fromTitle(authors.get(n)).value();
            visit(author);
            assertThat(shown("main p.intro")).as(author).isEqualTo(asText(packed(n + 2, third)));
            visit(withdrawn.get(n));
            assertThat(shown("main p")).as(withdrawn.get(n)).contains(asText(vector(n + 3)));
        }
        for (String page : List.of("/newsroom/sections", "/newsroom/contributors", "/newsroom/accounts",
                "/newsroom/audit", "/newsroom?section=" + section, "/")) {
            visit(page);
        }
        assertThat(browser.findElements(By.cssSelector("nav.sections a")).stream()
                .map(a -> asText(a.getAttribute("textContent"))))
                .as("section names are shown as typed").contains(asText(cut("S0 " + id + " " + vector(0), 80)));

        assertThat(complaints).isEmpty();
    }

    @Test
    void searchesAndFiltersEchoEveryVectorAsTextAndNoneRuns() {
        for (int n = 0; n < VECTORS.size(); n++) {
            String vector = vector(n);
            String query = URLEncoder.encode(vector, StandardCharsets.UTF_8);
            visit("/search?q=" + query);
            assertThat(squeezed(browser.findElement(By.id("q")).getAttribute("value"))).isEqualTo(
                    squeezed(cut(vector, 200)));
            if (n % 2 == 0) {
                visit("/newsroom/audit?actor=" + query + "&target="
                        + URLEncoder.encode(vector(n + 1), StandardCharsets.UTF_8));
            }
            if (n % 3 == 0) {
                visit("/newsroom/media?q=" + URLEncoder.encode(packed(n, (VECTORS.size() + 2) / 3),
                        StandardCharsets.UTF_8));
            }
        }

        assertThat(complaints).isEmpty();
    }

    @Test
    void aSlugMadeOfAVectorIsRefusedAndTheFormComesBackWithEveryValueAsText() {
        String section = newSection("Refused desk " + id);
        newsroom.get("/newsroom/articles/new");
        for (int n = 0; n < VECTORS.size(); n++) {
            Map<String, String> fields = refusedArticle(n, section);
            fields.put("action", "save");
            Document form = Jsoup.parse(expect(400, newsroom.postMultipart("/newsroom/articles", fields, null, null,
                    null)).body());
            assertThat(form.select("#slug-error")).as(fields.get("slug")).hasSize(1);
            assertThat(squeezed(form.selectFirst("#headline").val())).isEqualTo(squeezed(fields.get("headline")));
            assertThat(form.selectFirst("#slug").val()).isEqualTo(fields.get("slug"));
            assertThat(form.select("[^on], iframe, object, embed, svg, math, base, style")).as(fields.get("slug")).isEmpty();
            if (n % 6 == 0) {
                browser.get(baseUrl + "/newsroom/articles/new");
                fields.forEach((field, value) -> browser.executeScript("var f = document.getElementById(arguments[0]);"
                        + " if (f) { f.value = arguments[1]; }", field, value));
                browser.executeScript("document.getElementById('article-form').noValidate = true;");
                browser.findElement(By.cssSelector("button[value=save]")).click();
                new WebDriverWait(browser, Duration.ofSeconds(10))
                        .until(d -> !d.findElements(By.id("slug-error")).isEmpty());
                check("the refused form " + n);
                assertThat(squeezed(browser.findElement(By.id("headline")).getAttribute("value")))
                        .isEqualTo(squeezed(fields.get("headline")));
            }
        }
        Document desk = newsroom.page("/newsroom?section=" + section);
        assertThat(desk.select("table.desk tbody tr")).as("no refused article was saved").isEmpty();

        assertThat(complaints).isEmpty();
    }

    private static Map<String, String> refusedArticle(int n, String section) {
        Map<String, String> fields = articleFields(n, section);
        fields.remove("photoCredit");
        fields.remove("photoUploadCaption");
        fields.remove("photoAltText");
        fields.put("slug", vector(n + 11).strip());
        return fields;
    }

    @Test
    void aNullByteInATextFieldIsRefusedWithA400NotAServerError() {
        String section = newSection("Null desk " + id);
        for (String field : List.of("headline", "lead", "body", "datelinePlace", "agencyMark", "tags", "bylineText",
                "photoCaption")) {
            Map<String, String> fields = articleFields(0, section);
            fields.put(field, "Harbour\0news");
            fields.put("action", "save");
            assertThat(newsroom.postMultipart("/newsroom/articles", fields, null, null, null).statusCode())
                    .as(field).isEqualTo(400);
        }
        assertThat(newsroom.post("/newsroom/sections", Map.of("name", "Null\0desk", "position", "1")).statusCode())
                .isEqualTo(400);
        assertThat(newsroom.post("/newsroom/contributors", Map.of("name", "Null\0name", "bio", "", "photoId", "",
                "accountId", "")).statusCode()).isEqualTo(400);
        assertThat(newsroom.get("/search?q=harbour%00news").statusCode()).isEqualTo(400);
    }

    /**
     * The editor's fields for the n-th article: field i holds vectors n + i and n + i + {@link #HALF},
     * cut to the field's limit; the body holds each of its two between paragraphs.
     */
    private static Map<String, String> articleFields(int n, String section) {
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < ARTICLE_FIELDS.size(); i++) {
            String field = ARTICLE_FIELDS.get(i);
            fields.put(field, cut(paired(n + i, " "), LIMITS.getOrDefault(field, 1000)));
        }
        fields.put("body", "<p>Before the vector.</p>\n" + paired(n + 2, "\n<p>Between the vectors.</p>\n")
                + "\n<p>After the vector.</p>");
        fields.put("tags", tags(vector(n + 5)) + ", " + tags(vector(n + 5 + HALF)));
        fields.put("section", section);
        return fields;
    }

    private static String paired(int n, String separator) {
        return vector(n) + separator + vector(n + HALF);
    }

    private void visit(String path) {
        browser.get(baseUrl + path);
        check(path);
    }

    private void check(String where) {
        Browser.problems(browser).forEach(problem -> complaints.add(where + ": " + problem));
        Browser.injectedMarkup(browser).forEach(markup -> complaints.add(where + ": " + markup));
    }

    /** Visits a listing and its older pages. */
    private void visitEveryPage(String path) {
        String next = path;
        for (int page = 0; next != null && page < 10; page++) {
            visit(next);
            next = browser.findElements(By.cssSelector("a[rel=next]")).stream().map(a -> a.getAttribute("href"))
                    .map(href -> href.substring(baseUrl.length())).findFirst().orElse(null);
        }
    }

    /**
     * Authors and sections are public once they have a published article: publishes one story in the
     * section whose name starts as given, bylined to each of the first contributors of this run (found
     * by the start of their names, "C0 id ", "C1 id "..., in the editor's choices).
     */
    private void publishBylinedTo(int contributors, String sectionNameStart) {
        Document form = newsroom.page("/newsroom/articles/new");
        String section = form.select("#section option").stream().filter(o -> o.text().startsWith(sectionNameStart))
                .findFirst().orElseThrow().val();
        for (int n = 0; n < contributors; n++) {
            String nameStart = "C" + n + " " + id + " ";
            String contributorId = form.select("#byline1 option").stream()
                    .filter(o -> o.text().startsWith(nameStart)).findFirst().orElseThrow().val();
            expect(303, newsroom.postMultipart("/newsroom/articles", Map.of("headline", "Bylined " + contributorId
                    + " " + id, "lead", "", "body", "By a hostile name.", "section", section, "byline1", contributorId,
                    "action", "publish"), null, null, null));
        }
    }

    private String newSection(String name) {
        newsroom.get("/newsroom/sections");
        expect(303, newsroom.post("/newsroom/sections", Map.of("name", name, "position", "900")));
        return Slug.fromTitle(name).value();
    }

    private Map<String, String> formOf(Document editor) {
        Map<String, String> form = new HashMap<>();
        editor.select("#article-form input[name], #article-form textarea[name]").forEach(field -> {
            if (!field.attr("type").equals("file")) {
                form.put(field.attr("name"), field.is("textarea") ? field.wholeText() : field.val());
            }
        });
        editor.select("#article-form select[name]").forEach(select -> form.put(select.attr("name"),
                select.select("option[selected]").val()));
        return form;
    }

    /** The text of the element, as in the page (not as styled, e.g. upper-cased), whitespace collapsed. */
    private String shown(String selector) {
        return asText(browser.findElement(By.cssSelector(selector)).getAttribute("textContent"));
    }

    /** What a browser shows of a value: whitespace collapsed, the way {@code getText} reads it. */
    private static String asText(String value) {
        return value.replace("\0", "").strip().replaceAll("\\s+", " ");
    }

    /** A value as the server keeps it: stripped, and cut to the field's limit. */
    private static String normalized(String value, int limit) {
        return cut(value, limit).replace("\r\n", "\n").strip();
    }

    /** A value as a one-line input shows it: without line breaks. */
    private static String inputValue(String value) {
        return value.replaceAll("[\r\n]", "").strip();
    }

    /** A value without any whitespace, for fields whose line breaks the server or the browser may change. */
    private static String squeezed(String value) {
        return value.replaceAll("\\s+", "");
    }

    /** Tags are split at commas and semicolons; each part needs a letter or digit to make its address. */
    private static String tags(String vector) {
        return Arrays.stream(vector.split("[,;\\n]")).map(String::strip)
                .filter(part -> part.matches(".*[A-Za-z0-9].*")).map(part -> cut(part, 100))
                .collect(Collectors.joining(", "));
    }

    /**
     * The n-th vector, round the corpus, as it can be stored: without U+0000, which PostgreSQL text
     * cannot hold ({@link #aNullByteInATextFieldIsRefusedWithA400NotAServerError} covers that byte).
     */
    static String vector(int n) {
        return VECTORS.get(Math.floorMod(n, VECTORS.size())).replace("\0", "");
    }

    /** Vectors n, n + stride and n + 2 * stride, one a line: three values in one plain-text field. */
    private static String packed(int n, int stride) {
        return vector(n) + "\n" + vector(n + stride) + "\n" + vector(n + 2 * stride);
    }

    private static String cut(String value, int limit) {
        return value.length() <= limit ? value : value.substring(0, limit);
    }

    private static long idFrom(HttpResponse<String> response) {
        return Long.parseLong(NewsroomClient.location(response).replaceAll("^/newsroom/articles/(\\d+).*", "$1"));
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(() -> Jsoup.parse(response.body()).select(".field-error, .form-error,"
                + " .error-summary").text()).isEqualTo(status);
        return response;
    }

    private static byte[] tinyPng() {
        BufferedImage image = new BufferedImage(48, 32, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static List<String> corpus() {
        try (InputStream in = HostileInputBrowserIT.class.getResourceAsStream("/hostile/xss-vectors.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("# "))
                    .map(line -> line.replace("{NUL}", "\0").replace("{LF}", "\n").replace("{CR}", "\r"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
