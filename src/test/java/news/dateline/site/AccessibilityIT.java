package news.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import news.dateline.testing.Browser;
import news.dateline.testing.ClientSideData;
import news.dateline.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core, run inside Chromium, finds no serious or critical accessibility violations on the
 * article, listing and search pages. axe-core comes from the npm registry into {@code target/axe}
 * ({@code .ci/run} installs it); outside CI a machine without it skips this test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

    static final Path AXE = Path.of("target/axe/node_modules/axe-core/axe.min.js");
    private final String baseUrl = System.getProperty("dateline.test.base-url", "http://127.0.0.1:8180");
    private ChromeDriver browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void start() {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(Files.isRegularFile(AXE), "axe-core is not installed in target/axe; skipped");
        }
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
        String axe = Files.readString(AXE);

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

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> violations(String axe) {
        browser.executeScript(axe);
        return (List<Map<String, Object>>) browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                + " done(r.violations.map(function (v) { return {id: v.id, impact: v.impact,"
                + " nodes: v.nodes.length}; })); });");
    }
}
