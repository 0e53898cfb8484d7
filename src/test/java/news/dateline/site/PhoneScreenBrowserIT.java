package news.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.dateline.platform.Slug;
import news.dateline.testing.Browser;
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
 * The public site and the newsroom on a 390 px phone (issue 14, item 7): no page is wider than the
 * screen, not even with a word or an address longer than the screen in every field a person can fill
 * (headline, lead, body, caption, tag, section, contributor), and every control a finger must hit is at
 * least 44 x 44 CSS pixels. Links inside running text (an article's body, a lead, a sentence) are the
 * exception the accessibility guidelines make for inline targets.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhoneScreenBrowserIT {

    /** 71 letters: about 560 px in the body's type, much wider than the phone. */
    static final String LONG_WORD = "Donaudampfschifffahrtsgesellschaftskapitaenswitwenrentenauszahlungsstelle";
    static final String LONG_RUSSIAN_WORD = "Превысокомногорассмотрительствующийвысокопревосходительствующий";
    static final String LONG_ADDRESS = "https://example.org/reports/2026/annual-review-of-the-port-authority-shipping"
            + "-lanes-and-harbour-dues/appendix-b/tables.html?edition=complete&format=printable";

    private static final int PHONE_WIDTH = 390;

    /**
     * Problems on the page shown: how much wider than the screen it is (with the elements that reach past
     * its right edge), and the controls smaller than 44 x 44 px (a checkbox or radio button counts with its
     * label, which takes the same tap).
     */
    private static final String PHONE_PROBLEMS = """
            var problems = [];
            var width = document.documentElement.clientWidth;
            function describe(el) {
                var text = (el.textContent || el.value || el.getAttribute('aria-label') || '').trim().replace(/\\s+/g, ' ');
                return '<' + el.localName + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string'
                        ? '.' + el.className.trim().split(/\\s+/).join('.') : '') + '> "' + text.substring(0, 40) + '"';
            }
            var pageWidth = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
            if (pageWidth > width) {
                var wide = [];
                function scrollsByItself(el) {
                    for (var up = el.parentElement; up && up !== document.body; up = up.parentElement) {
                        if (getComputedStyle(up).overflowX !== 'visible') {
                            return true;
                        }
                    }
                    return false;
                }
                document.querySelectorAll('body *').forEach(function (el) {
                    var box = el.getBoundingClientRect();
                    if (box.width > 0 && box.right > width + 1 && wide.length < 6 && !scrollsByItself(el)) {
                        wide.push(describe(el) + ' to ' + Math.round(box.right) + ' px');
                    }
                });
                problems.push('the page is ' + pageWidth + ' px wide on a ' + width + ' px screen: ' + wide.join(', '));
            }
            function runningText(el) {
                if (el.localName !== 'a') {
                    return false;
                }
                if (el.closest('.article-body, .lead, .snippet, .hint, .help, figcaption')) {
                    return true;
                }
                var parent = el.parentElement;
                return parent && parent.localName === 'p' && parent.textContent.trim().length > el.textContent.trim().length + 20;
            }
            document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary').forEach(function (el) {
                var style = getComputedStyle(el);
                if (style.display === 'none' || style.visibility === 'hidden' || el.closest('[hidden], .visually-hidden')) {
                    return;
                }
                var box = el.getBoundingClientRect();
                if (box.width === 0 && box.height === 0) {
                    return;
                }
                if (el.classList.contains('skip-link') || runningText(el)) {
                    return;
                }
                if (el.type === 'checkbox' || el.type === 'radio') {
                    var label = el.closest('label') || (el.id && document.querySelector('label[for="' + el.id + '"]'));
                    if (label) {
                        box = label.getBoundingClientRect();
                    }
                }
                if (box.height < 43.5 || box.width < 43.5) {
                    problems.push('a ' + Math.round(box.width) + ' x ' + Math.round(box.height) + ' px target: ' + describe(el));
                }
            });
            return problems;
            """;

    private final String baseUrl = System.getProperty("dateline.test.base-url", "http://127.0.0.1:8180");
    private final NewsroomClient newsroom = new NewsroomClient();
    private ChromeDriver phone;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void startThePhone() {
        phone = Browser.startOnPhone();
    }

    @AfterEach
    void closeThePhone() {
        if (phone != null) {
            phone.quit();
        }
    }

    @Test
    void theScreenIsAPhoneAndTheCheckSeesAPageThatIsTooWideAndASmallButton() {
        phone.get(baseUrl + "/no-such-page");
        assertThat(phone.executeScript("return document.documentElement.clientWidth;")).isEqualTo((long) PHONE_WIDTH);
        phone.executeScript("var p = document.createElement('p'); p.textContent = arguments[0];"
                + " p.style.whiteSpace = 'nowrap'; document.body.appendChild(p);"
                + " var b = document.createElement('button'); b.textContent = 'x'; b.style.padding = '0';"
                + " document.body.appendChild(b);", LONG_WORD);
        assertThat(problems()).anyMatch(p -> p.startsWith("the page is ")).anyMatch(p -> p.contains("<button> \"x\""));
    }

    @Test
    void everyPublicPageFitsAPhoneWithWordsLongerThanTheScreen() {
        Site site = siteWithLongWords();
        List<String> complaints = new ArrayList<>();
        for (String path : List.of("/", "/section/" + site.sectionSlug(), site.articlePath(), site.tagPath(),
                site.authorPath(), "/search?q=" + LONG_WORD, "/search?q=nothing+matches+this+" + UUID.randomUUID(),
                "/no-such-page")) {
            visit(path, complaints);
        }
        assertThat(phone.findElement(By.cssSelector("main")).getText()).as("the 404 page").isNotBlank();
        assertThat(complaints).isEmpty();
    }

    @Test
    void theNewsroomFitsAPhone() {
        Site site = siteWithLongWords();
        List<String> complaints = new ArrayList<>();
        visit("/newsroom/login", complaints);
        signIn(site.admin());
        for (String path : List.of("/newsroom", "/newsroom/articles/" + site.articleId(), "/newsroom/articles/new",
                "/newsroom/articles/" + site.articleId() + "/preview", "/newsroom/media",
                "/newsroom/media/" + site.photoId(), "/newsroom/sections", "/newsroom/contributors",
                "/newsroom/accounts", "/newsroom/audit", "/newsroom/notifications", "/newsroom/account/password",
                "/newsroom/breaking?article=" + site.articleId(),
                "/newsroom/admin/database")) {
            visit(path, complaints);
        }
        // The fronts editor, with the long-worded story found, made the lead and published.
        String front = "/newsroom/fronts/section/" + site.sectionSlug();
        visit("/newsroom/fronts", complaints);
        visit(front + "?q=" + site.articleId(), complaints);
        phone.findElement(By.cssSelector("#found-" + site.articleId() + " form[action$='/lead'] button")).click();
        new WebDriverWait(phone, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#slot-0-0")).isEmpty());
        visit(front, complaints);
        phone.findElement(By.cssSelector("form[action$='/publish'] button")).click();
        new WebDriverWait(phone, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(".flash")).isEmpty());
        visit(front + "/history", complaints);
        assertThat(phone.findElement(By.cssSelector(".newsroom-name")).getText()).as("the name as it reads")
                .endsWith(" newsroom");
        visit(front + "/preview", complaints);
        visit("/section/" + site.sectionSlug(), complaints);
        assertThat(phone.findElement(By.cssSelector(".lead-story h2")).getText()).contains(LONG_WORD.substring(0, 20));
        assertThat(phone.findElements(By.cssSelector(".lead-story img"))).as("the lead shows its photo").hasSize(1);
        // Nothing moves once drawn: every photo's place is kept by its width and height (Chromium's layout shifts).
        phone.navigate().refresh();
        Number shifted = (Number) phone.executeAsyncScript("var done = arguments[arguments.length - 1], total = 0;"
                + " new PerformanceObserver(function (list) { list.getEntries().forEach(function (e) {"
                + " if (!e.hadRecentInput) { total += e.value; } }); }).observe({type: 'layout-shift', buffered: true});"
                + " setTimeout(function () { done(total); }, 1500);");
        assertThat(shifted.doubleValue()).as("cumulative layout shift of the front").isZero();
        assertThat(complaints).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> problems() {
        return (List<String>) phone.executeScript(PHONE_PROBLEMS);
    }

    private void visit(String path, List<String> complaints) {
        phone.get(baseUrl + path);
        problems().forEach(problem -> complaints.add(path + ": " + problem));
        Browser.screenshot(phone, "phone" + path.replaceAll("[^a-z0-9]+", "-"));
    }

    private void signIn(String username) {
        phone.findElement(By.id("username")).sendKeys(username);
        phone.findElement(By.id("password")).sendKeys(TestContent.PASSWORD);
        phone.findElement(By.cssSelector("button[type=submit].primary")).click();
        new WebDriverWait(phone, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector(".newsroom-bar .who")).isEmpty());
    }

    private record Site(String admin, String sectionSlug, long articleId, String articlePath, String photoId,
                        String tagPath, String authorPath) {
    }

    /** A section, a contributor and a published article with a photo, each named with long words, made through the newsroom's forms. */
    private Site siteWithLongWords() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String admin = ContentSecurityPolicyBrowserIT.newAdmin();
        newsroom.signIn(admin, TestContent.PASSWORD);
        newsroom.get("/newsroom/sections");
        String sectionName = "Hafen" + LONG_WORD.substring(0, 30) + id;
        expectRedirect(newsroom.post("/newsroom/sections", Map.of("name", sectionName, "position", "60")));
        String sectionSlug = Slug.fromTitle(sectionName).value();
        String contributor = "Ada " + LONG_WORD.substring(0, 40) + id;
        expectRedirect(newsroom.post("/newsroom/contributors", Map.of("name", contributor,
                "bio", "Writes about " + LONG_WORD + ".", "photoId", "", "accountId", "")));
        Document blank = newsroom.page("/newsroom/articles/new");
        String contributorId = blank.select("#byline1 option").stream().filter(o -> o.text().equals(contributor))
                .findFirst().orElseThrow().val();
        Map<String, String> article = new HashMap<>(Map.of("headline", "The " + LONG_WORD + " reopens " + id,
                "lead", "The " + LONG_WORD + " and the " + LONG_RUSSIAN_WORD + " are open again.",
                "body", "<p>The " + LONG_WORD + " reopened on Monday; the report is at <a href=\"" + LONG_ADDRESS + "\">"
                        + LONG_ADDRESS + "</a>.</p><h2>" + LONG_RUSSIAN_WORD + "</h2><blockquote><p>\"" + LONG_WORD
                        + "!\" the harbour master said.</p></blockquote><ul><li>" + LONG_ADDRESS + "</li></ul>",
                "datelinePlace", "Hamburg", "agencyMark", "Dateline", "section", sectionSlug,
                "tags", LONG_WORD.substring(0, 45) + id, "byline1", contributorId, "action", "publish"));
        article.putAll(Map.of("photoCredit", "Dateline / " + LONG_WORD, "photoUploadCaption", "The " + LONG_WORD + ".",
                "photoAltText", "Ships at the quay"));
        HttpResponse<String> created = expectRedirect(newsroom.postMultipart("/newsroom/articles", article, "photoFile",
                "harbour.jpg", Fixtures.samplePhoto()));
        long articleId = Long.parseLong(NewsroomClient.location(created).replaceAll("^/newsroom/articles/(\\d+).*", "$1"));
        Document editor = newsroom.page("/newsroom/articles/" + articleId);
        String articlePath = editor.select(".article-state a").first().attr("href");
        Document published = new SiteClient().page(articlePath);
        return new Site(admin, sectionSlug, articleId, articlePath, editor.selectFirst("#photoId").val(),
                published.selectFirst("ul.tags a").attr("href"), published.selectFirst("p.bylines a").attr("href"));
    }

    private static HttpResponse<String> expectRedirect(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        return response;
    }
}
