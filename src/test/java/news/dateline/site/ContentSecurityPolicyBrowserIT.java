package news.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import news.dateline.platform.Slug;
import news.dateline.testing.Browser;
import news.dateline.testing.ClientSideData;
import news.dateline.testing.Deployments;
import news.dateline.testing.Fixtures;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.SiteClient;
import news.dateline.testing.TestContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every kind of HTML page, public and newsroom, loads in Chromium without a Content-Security-Policy
 * violation, an uncaught script error or a blocked resource, and the editor's script still runs,
 * its stylesheets apply and its photos show: whatever policy the site sends, it must not break the
 * site. Where a policy header is sent, it must be the strict one. Feeds are XML and not loaded here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentSecurityPolicyBrowserIT {

    private final String baseUrl = System.getProperty("dateline.test.base-url", "http://127.0.0.1:8180");
    private final NewsroomClient newsroom = new NewsroomClient();
    private ChromeDriver browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void startTheBrowser() {
        browser = Browser.startWatching();
    }

    @AfterEach
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theWatchedBrowserNoticesViolationsErrorsScriptsAndInjectedMarkup() {
        browser.get("data:text/html,<meta http-equiv='Content-Security-Policy' content=\"script-src 'none'\">"
                + "<p>t</p><script>document.title = 'ran';</script>");
        assertThat(Browser.problems(browser)).as("a blocked inline script")
                .anyMatch(p -> p.contains("Content-Security-Policy violation") || p.contains("Refused to"));

        browser.get("data:text/html,<p>t</p><script>alert(1); missingFunction();</script>"
                + "<iframe srcdoc='<script>confirm(2)</script>'></iframe><a href='javascript:alert(3)'>x</a>");
        List<String> problems = Browser.problems(browser);
        assertThat(problems).anyMatch(p -> p.contains("alert(1)")).anyMatch(p -> p.contains("missingFunction"))
                .anyMatch(p -> p.contains("confirm(2)"));
        assertThat(Browser.injectedMarkup(browser)).anyMatch(p -> p.contains("<iframe>"))
                .anyMatch(p -> p.contains("javascript: address"));
    }

    @Test
    void everyPageTypeLoadsWithoutAViolationOrAnErrorAndTheEditorScriptRuns() {
        String admin = newAdmin();
        Site site = publishedSite();

        List<String> complaints = new ArrayList<>();
        visit("/newsroom/login", complaints);
        for (String path : List.of("/", "/section/" + site.sectionSlug, site.tagPath, site.authorPath,
                site.articlePath, "/search?q=harbour", "/no-such-page", site.withdrawnPath)) {
            visit(path, complaints);
        }
        assertThat(browser.findElement(By.cssSelector("main h1")).getText()).as("the withdrawn article").isEqualTo("Gone");
        browser.get(baseUrl + site.articlePath);
        assertThat((Boolean) browser.executeScript("var img = document.querySelector('figure.main-photo img');"
                + " return img.complete && img.naturalWidth > 0;")).as("the article's photo shows").isTrue();

        signIn(admin);
        String editor = "/newsroom/articles/" + site.articleId;
        for (String path : List.of("/newsroom", editor, "/newsroom/articles/new",
                site.comparePath, "/newsroom/media", "/newsroom/media/" + site.photoId,
                "/newsroom/sections", "/newsroom/contributors", "/newsroom/accounts", "/newsroom/audit",
                "/newsroom/admin/database", "/newsroom/account/password")) {
            visit(path, complaints);
            if (path.equals(editor) || path.endsWith("/new")) {
                assertThat((Boolean) browser.executeScript("var bar = document.getElementById('body-tools');"
                        + " return !!bar && !bar.hidden && !!document.querySelector('#body-editor[contenteditable=true]');"))
                        .as("the visual body editor started on " + path).isTrue();
            }
        }
        browser.get(baseUrl + editor);
        assertThat(browser.executeAsyncScript(LOCK_HEARTBEAT)).as("the editor's lock heartbeat").isEqualTo(200L);
        complaints.addAll(Browser.problems(browser));

        assertThat(complaints).isEmpty();
    }

    @Test
    void aPolicyThatIsSentIsTheStrictOne() {
        SiteClient reader = new SiteClient();
        for (String path : List.of("/", "/search?q=harbour", "/newsroom/login", "/no-such-page")) {
            HttpResponse<String> response = reader.get(path);
            response.headers().firstValue("Content-Security-Policy").ifPresent(policy -> {
                Map<String, String> directives = directives(policy);
                assertThat(directives).as(path + ": " + policy)
                        .containsEntry("default-src", "'none'").containsEntry("frame-ancestors", "'none'")
                        .containsKeys("script-src", "style-src");
                assertThat(directives.get("script-src")).as(path).contains("'self'");
                assertThat(directives.getOrDefault("object-src", "'none'")).as(path).isEqualTo("'none'");
                assertThat(policy).as(path).doesNotContain("'unsafe-inline'", "'unsafe-eval'");
            });
        }
    }

    /** What the editor's script sends every 20 seconds, sent now from the page, under the page's policy. */
    private static final String LOCK_HEARTBEAT = "var done = arguments[arguments.length - 1];"
            + " var form = document.getElementById('article-form');"
            + " fetch(form.getAttribute('data-lock-url'), {method: 'POST', credentials: 'same-origin',"
            + " headers: {'X-CSRF-Token': form.querySelector('input[name=_csrf]').value}})"
            + " .then(function (r) { done(r.status); }, function (e) { done(String(e)); });";

    private void visit(String path, List<String> complaints) {
        browser.get(baseUrl + path);
        Browser.problems(browser).forEach(problem -> complaints.add(path + ": " + problem));
        Object styled = browser.executeScript("return Array.prototype.some.call(document.styleSheets,"
                + " function (sheet) { return sheet.cssRules.length > 0; });");
        if (!Boolean.TRUE.equals(styled)) {
            complaints.add(path + ": no stylesheet applied");
        }
        Browser.screenshot(browser, "csp" + path.replaceAll("[^a-z0-9]+", "-"));
    }

    private void signIn(String username) {
        browser.get(baseUrl + "/newsroom/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(TestContent.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit].primary")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector(".newsroom-bar .who")).isEmpty());
    }

    /** What the pages are about, made through the newsroom's forms. */
    private record Site(String sectionSlug, long articleId, String articlePath, String comparePath, String photoId,
                        String tagPath, String authorPath, String withdrawnPath) {
    }

    private Site publishedSite() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        newsroom.signIn(newAdmin(), TestContent.PASSWORD);
        newsroom.get("/newsroom/sections");
        String sectionName = "Harbour desk " + id;
        expectRedirect(newsroom.post("/newsroom/sections", Map.of("name", sectionName, "position", "50")));
        String sectionSlug = Slug.fromTitle(sectionName).value();
        String contributor = "Ada Quayside " + id;
        expectRedirect(newsroom.post("/newsroom/contributors", Map.of("name", contributor,
                "bio", "Covers the port.", "photoId", "", "accountId", "")));
        Document blank = newsroom.page("/newsroom/articles/new");
        String contributorId = blank.select("#byline1 option").stream().filter(o -> o.text().equals(contributor))
                .findFirst().orElseThrow().val();

        Map<String, String> article = new HashMap<>(Map.of("headline", "Harbour reopens after the storm " + id,
                "lead", "Ships are back at the quays.", "body", "<p>The harbour reopened on Monday.</p>"
                        + "<blockquote><p>\"We are open,\" the harbour master said.</p></blockquote>",
                "datelinePlace", "Lisbon", "agencyMark", "Dateline", "section", sectionSlug,
                "tags", "Harbour " + id, "byline1", contributorId, "action", "publish"));
        article.putAll(Map.of("photoCredit", "Dateline / Photo desk", "photoUploadCaption", "The inner harbour.",
                "photoAltText", "Container ships at a quay"));
        long articleId = idFrom(newsroom.postMultipart("/newsroom/articles", article, "photoFile", "harbour.jpg",
                Fixtures.samplePhoto()));
        Document editor = newsroom.page("/newsroom/articles/" + articleId);
        Map<String, String> corrected = new HashMap<>(article);
        corrected.putAll(Map.of("lead", "Ships are back at all the quays.", "photoId",
                editor.selectFirst("#photoId").val(), "version", editor.selectFirst("input[name=version]").val(),
                "correctionNote", "An earlier version said some quays.", "action", "save"));
        idFrom(newsroom.postMultipart("/newsroom/articles/" + articleId, corrected, null, null, null));
        Document page = newsroom.page("/newsroom/articles/" + articleId);
        String articlePath = page.select(".article-state a").first().attr("href");
        String comparePath = "/newsroom/articles/" + articleId + "/compare?from="
                + page.selectFirst("#compare-from option[selected]").val() + "&to="
                + page.selectFirst("#compare-to option[selected]").val();
        Document published = new SiteClient().page(articlePath);

        Map<String, String> gone = new HashMap<>(Map.of("headline", "Ferry timetable changes " + id, "lead", "",
                "body", "Ferries run hourly.", "section", sectionSlug, "action", "publish"));
        long goneId = idFrom(newsroom.postMultipart("/newsroom/articles", gone, null, null, null));
        Document goneEditor = newsroom.page("/newsroom/articles/" + goneId);
        String gonePath = goneEditor.select(".article-state a").first().attr("href");
        expectRedirect(newsroom.post("/newsroom/articles/" + goneId + "/withdraw", Map.of("version",
                goneEditor.selectFirst("input[name=version]").val(), "reason", "Published by mistake.", "confirm", "yes")));

        return new Site(sectionSlug, articleId, articlePath, comparePath, corrected.get("photoId"),
                published.selectFirst("ul.tags a").attr("href"), published.selectFirst("p.bylines a").attr("href"),
                gonePath);
    }

    private static long idFrom(HttpResponse<String> response) {
        String location = NewsroomClient.location(expectRedirect(response));
        return Long.parseLong(location.replaceAll("^/newsroom/articles/(\\d+).*", "$1"));
    }

    private static HttpResponse<String> expectRedirect(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        return response;
    }

    private static Map<String, String> directives(String policy) {
        Map<String, String> directives = new HashMap<>();
        for (String directive : policy.split(";")) {
            String[] parts = directive.strip().split("\\s+", 2);
            if (!parts[0].isEmpty()) {
                directives.put(parts[0].toLowerCase(Locale.ROOT), parts.length > 1 ? parts[1] : "");
            }
        }
        return directives;
    }

    /** An administrator: an editor account from {@link ClientSideData}, promoted. */
    static String newAdmin() {
        String username = ClientSideData.newEditor();
        try (Connection connection = DriverManager.getConnection(System.getProperty("dateline.test.jdbc.url"),
                System.getProperty("dateline.test.jdbc.user"), System.getProperty("dateline.test.jdbc.password"));
             PreparedStatement statement = connection.prepareStatement(
                     "update account set role = 'ADMIN' where username = ?")) {
            statement.setString(1, username);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not make an administrator: " + e.getMessage(), e);
        }
        return username;
    }
}
