package news.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import news.dateline.testing.Browser;
import news.dateline.testing.ClientSideData;
import news.dateline.testing.Deployments;
import news.dateline.testing.TestContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review loop in two real browsers: the writer submits and follows the story read-only; the
 * editor sends it back with a note; the writer sees the note and a notification, mends and submits
 * again; the editor publishes, and the writer is told.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewLoopBrowserIT {

    private final String baseUrl = System.getProperty("dateline.test.base-url", "http://127.0.0.1:8180");
    private ChromeDriver writer;
    private ChromeDriver editor;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @AfterEach
    void closeTheBrowsers() {
        for (ChromeDriver browser : new ChromeDriver[] {writer, editor}) {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    @Test
    void aStoryGoesToTheEditorBackToTheWriterWithANoteAndOnToTheSite() {
        String writerName = ClientSideData.newAccount("WRITER", "Wendy Writer");
        String editorName = ClientSideData.newAccount("EDITOR", "Eddie Editor");
        ClientSideData.section("Review");
        writer = Browser.start();
        editor = Browser.start();
        signIn(writer, writerName);
        signIn(editor, editorName);

        writer.findElement(By.linkText("New article")).click();
        writer.findElement(By.id("headline")).sendKeys("Harbour fees to rise");
        Browser.bodyEditor(writer).sendKeys("The port authority set new fees.");
        new Select(writer.findElement(By.id("section"))).selectByVisibleText("Review");
        writer.findElement(By.cssSelector("button[value=submit]")).click();
        waitForStatus(writer, "Submitted");
        assertThat(writer.findElements(By.id("article-form"))).as("read-only once submitted").isEmpty();
        String story = writer.getCurrentUrl().replaceAll("\\?.*", "");
        Browser.screenshot(writer, "review-writer-submitted");

        editor.get(story);
        assertThat(editor.findElements(By.id("lock-banner"))).as("no stale lock from the writer").isEmpty();
        editor.findElement(By.id("sendBackNote")).sendKeys("Which fees, and from when? Ask the authority.");
        editor.findElement(By.cssSelector("form.send-back button[type=submit]")).click();
        waitForStatus(editor, "Draft");

        writer.get(baseUrl + "/newsroom");
        assertThat(writer.findElement(By.cssSelector(".unread-link")).getText()).contains("1 unread");
        writer.findElement(By.cssSelector(".unread-link")).click();
        waitFor(writer, ".notifications");
        assertThat(writer.findElement(By.cssSelector(".notifications")).getText())
                .contains("sent your story back with a note", "Which fees, and from when?");
        Browser.screenshot(writer, "review-writer-notified");

        writer.get(story);
        assertThat(writer.findElement(By.id("notes")).getText()).contains("Which fees, and from when?");
        Browser.bodyEditor(writer).sendKeys(" Berths cost 4% more from 1 July.");
        writer.findElement(By.cssSelector("button[value=submit]")).click();
        waitForStatus(writer, "Submitted");

        editor.get(story);
        editor.findElement(By.cssSelector("button[value=publish]")).click();
        waitForStatus(editor, "Published");

        writer.get(baseUrl + "/newsroom/notifications");
        assertThat(writer.findElement(By.cssSelector(".notifications")).getText()).contains("published your story");
        Browser.screenshot(writer, "review-writer-published");
    }

    private void signIn(ChromeDriver browser, String username) {
        browser.get(baseUrl + "/newsroom/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(TestContent.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit].primary")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/newsroom"));
    }

    private static void waitForStatus(ChromeDriver browser, String status) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.findElements(By.cssSelector(".status")).stream()
                        .anyMatch(element -> element.getText().equalsIgnoreCase(status)));
    }

    private static void waitFor(ChromeDriver browser, String selector) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector(selector)).isEmpty());
    }
}
