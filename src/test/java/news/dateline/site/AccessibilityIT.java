package news.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import news.dateline.testing.Browser;
import news.dateline.testing.ClientSideData;
import news.dateline.testing.Deployments;
import news.dateline.testing.TestContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core, run inside Chromium, finds no serious or critical accessibility violations on the
 * article, listing and search pages, and on the article editor with its visual body editor shown.
 * axe-core comes with the build (its WebJar is a test dependency), so this test runs wherever the
 * browser tests run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

    private final String baseUrl = System.getProperty("dateline.test.base-url", "http://127.0.0.1:8180");
    private ChromeDriver browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void start() {
        browser = Browser.start();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void articleListingAndSearchPagesHaveNoSeriousOrCriticalViolations() throws IOException {
        ClientSideData.section("World");
        String article = ClientSideData.publishedArticle("world", "Ferry strike ends after talks");
        String axe = axe();

        browser.get("data:text/html,<html lang=en><title>t</title><body><img src=x></body></html>");
        assertThat(violations(axe)).as("the check itself finds a missing alt text")
                .anyMatch(v -> "image-alt".equals(v.get("id")) && "critical".equals(v.get("impact")));

        for (String path : List.of(article, "/", "/section/world", "/search?q=ferry", "/search")) {
            browser.get(baseUrl + path);
            List<Map<String, Object>> violations = violations(axe);
            assertThat(violations).as(path + ": " + violations)
                    .noneMatch(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")));
        }
    }

    @Test
    void theArticleEditorWithItsVisualBodyEditorHasNoSeriousOrCriticalViolations() throws IOException {
        ClientSideData.section("World");
        String username = ClientSideData.newEditor();
        browser.get(baseUrl + "/newsroom/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(TestContent.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit].primary")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector(".newsroom-bar .who")).isEmpty());
        String axe = axe();

        browser.get(baseUrl + "/newsroom/articles/new");
        WebElement editor = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector("#body-editor[contenteditable=true]")));
        editor.sendKeys("A paragraph to check.");
        browser.findElement(By.cssSelector("button[data-command=link]")).click();
        assertThat(browser.findElement(By.id("body-tools")).isDisplayed()).as("the toolbar shows").isTrue();
        assertThat(browser.findElement(By.id("body")).isDisplayed()).as("the textarea gives way").isFalse();

        List<Map<String, Object>> violations = violations(axe);
        assertThat(violations).as("the editor: " + violations)
                .noneMatch(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")));

        // The fronts desk: the list, and a front with a story found, placed as the lead and its placement form open.
        String story = ClientSideData.publishedArticle("world", "Harbour reopens after storm");
        for (String path : List.of("/newsroom/fronts", "/newsroom/fronts/section/world?q=Harbour+reopens")) {
            browser.get(baseUrl + path);
            List<Map<String, Object>> found = violations(axe);
            assertThat(found).as(path + ": " + found)
                    .noneMatch(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")));
        }
        browser.findElement(By.cssSelector(".found-stories li form[action$='/lead'] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#slot-0-0")).isEmpty());
        browser.findElement(By.cssSelector("#slot-0-0 summary")).click();
        List<Map<String, Object>> arranged = violations(axe);
        assertThat(arranged).as("a front with a placed story: " + arranged)
                .noneMatch(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")));
        assertThat(story).isNotBlank();
    }

    /** axe-core from its WebJar on the test classpath. */
    static String axe() throws IOException {
        ClassLoader loader = AccessibilityIT.class.getClassLoader();
        Properties pom = new Properties();
        try (InputStream in = loader.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            assertThat(in).as("axe-core's WebJar is a test dependency").isNotNull();
            pom.load(in);
        }
        try (InputStream in = loader.getResourceAsStream("META-INF/resources/webjars/axe-core/"
                + pom.getProperty("version") + "/axe.min.js")) {
            assertThat(in).as("axe.min.js in the WebJar").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> violations(String axe) {
        browser.executeScript(axe);
        return (List<Map<String, Object>>) browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                + " done(r.violations.map(function (v) { return {id: v.id, impact: v.impact,"
                + " nodes: v.nodes.length}; })); });");
    }
}
