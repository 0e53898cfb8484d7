package news.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Autosave never reports work it has not saved. A writer types in the visual editor while their
 * session is gone (its cookie deleted, so the server refuses the autosave with 403): the editor says
 * the text is not saved and kept in this browser, keeps it in local storage, and warns before the
 * page is left; after signing in again the kept text is offered back, restored on request and
 * autosaved, and the copy in the browser is removed. A session begun in another tab lets the open
 * page save again by itself. Without JavaScript none of these controls shows.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AutosaveBrowserIT {

    static final String SESSION_COOKIE = "DATELINE_SESSION";

    private final String baseUrl = System.getProperty("dateline.test.base-url", "http://127.0.0.1:8180");
    private final String id = UUID.randomUUID().toString().substring(0, 8);
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
    void textThatCannotBeSavedIsKeptInTheBrowserOfferedBackAndSavedOnceSignedInAgain() {
        String username = ClientSideData.newEditor();
        ClientSideData.section("World");
        ChromeDriver browser = Browser.startWatching();
        browsers.add(browser);
        signIn(browser, username);

        // A new story: its copy in the browser goes once the server has accepted the save.
        browser.get(baseUrl + "/newsroom/articles/new");
        assertThat(browser.findElement(By.id("autosave-warning")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("local-copy")).isDisplayed()).as("nothing kept yet").isFalse();
        String newKey = localKey(browser);
        assertThat(newKey).endsWith(".new");
        browser.findElement(By.id("headline")).sendKeys("Autosave " + id);
        new Select(browser.findElement(By.id("section"))).selectByVisibleText("World");
        WebElement editor = Browser.bodyEditor(browser);
        editor.sendKeys("First paragraph " + id);
        wait(browser, 10).until(d -> kept(browser, newKey).contains("First paragraph " + id));
        browser.findElement(By.cssSelector("button[value=save]")).click();
        wait(browser, 10).until(ExpectedConditions.urlMatches("/newsroom/articles/\\d+$"));
        wait(browser, 10).until(d -> d.findElements(By.cssSelector(".flash")).size() == 1);
        String article = browser.getCurrentUrl().replaceAll(".*/newsroom/articles/(\\d+).*", "$1");
        assertThat(kept(browser, newKey)).as("the saved story's copy is gone").isEmpty();
        browser.get(baseUrl + "/newsroom/articles/" + article);
        String key = localKey(browser);
        assertThat(key).endsWith("." + article);

        // Autosave works: the changes are kept on the server and the browser's copy goes.
        fastAutosave(browser);
        editor = Browser.bodyEditor(browser);
        editor.sendKeys(Keys.CONTROL, Keys.END);
        editor.sendKeys(Keys.ENTER, "Autosaved line " + id);
        wait(browser, 10).until(d -> status(browser).contains("kept by autosave"));
        wait(browser, 5).until(d -> kept(browser, key).isEmpty());
        assertThat(browser.findElement(By.id("autosave-warning")).isDisplayed()).isFalse();

        // The session is gone: the server refuses, the page says so and keeps the text.
        browser.manage().deleteCookieNamed(SESSION_COOKIE);
        editor.sendKeys(Keys.ENTER, "Kept in the browser " + id);
        WebElement warning = browser.findElement(By.id("autosave-warning"));
        wait(browser, 15).until(d -> warning.isDisplayed());
        assertThat(warning.getAttribute("role")).isEqualTo("alert");
        assertThat(warning.getText()).contains("Not saved", "signed out", "kept in this browser");
        assertThat(status(browser)).as("never reported saved").doesNotContain("kept by autosave");
        assertThat(kept(browser, key)).contains("Kept in the browser " + id);
        Browser.screenshot(browser, "autosave-not-saved");
        // It stays while the server keeps refusing.
        sleep(3000);
        assertThat(warning.isDisplayed()).isTrue();
        assertThat(status(browser)).doesNotContain("kept by autosave");

        // Leaving the page warns; the reload goes to sign in, and back to the story.
        assertThat(leavingWarns(browser)).as("leaving the page with unsent work warns").isTrue();
        browser.executeScript("setTimeout(function () { location.reload(); }, 50);");
        try {
            wait(browser, 3).until(ExpectedConditions.alertIsPresent()).accept();
        } catch (TimeoutException e) {
            // headless Chromium may leave without asking
        }
        wait(browser, 10).until(ExpectedConditions.urlContains("/newsroom/login"));
        fillSignIn(browser, username);
        wait(browser, 10).until(ExpectedConditions.urlMatches("/newsroom/articles/" + article + "$"));

        // The kept text is offered back, not put in by itself.
        WebElement offer = browser.findElement(By.id("local-copy"));
        wait(browser, 10).until(d -> offer.isDisplayed());
        assertThat(offer.getText()).contains("not saved", "Restore it", "Discard it");
        editor = Browser.bodyEditor(browser);
        assertThat(editor.getText()).as("the saved story, as the server has it").contains("First paragraph " + id)
                .doesNotContain("Kept in the browser");
        assertThat(kept(browser, key)).contains("Kept in the browser " + id);
        Browser.screenshot(browser, "autosave-offered-back");
        fastAutosave(browser);
        offer.findElement(By.cssSelector("button[data-local-copy=restore]")).click();
        assertThat(offer.isDisplayed()).isFalse();
        assertThat(Browser.bodyEditor(browser).getText()).contains("Autosaved line " + id, "Kept in the browser " + id);
        assertThat(browser.findElement(By.id("body")).getAttribute("value")).contains("Kept in the browser " + id);

        // Restored means changed: autosave sends it, and then the browser's copy goes.
        wait(browser, 10).until(d -> status(browser).contains("kept by autosave"));
        wait(browser, 5).until(d -> kept(browser, key).isEmpty());
        assertThat(browser.findElement(By.id("autosave-warning")).isDisplayed()).isFalse();
        assertThat(leavingWarns(browser)).as("nothing unsent: leaving does not warn").isFalse();
        assertThat(Browser.problems(browser)).as("no policy violation or script error").isEmpty();
        browser.get(baseUrl + "/newsroom/articles/" + article + "?restore=autosave");
        assertThat(Browser.bodyEditor(browser).getText()).as("the server has it")
                .contains("Kept in the browser " + id);

        // A new session begun in another tab: the open page takes its token and saves again.
        fastAutosave(browser);
        String page = browser.getWindowHandle();
        browser.manage().deleteCookieNamed(SESSION_COOKIE);
        editor = Browser.bodyEditor(browser);
        editor.sendKeys(Keys.CONTROL, Keys.END);
        editor.sendKeys(Keys.ENTER, "Second loss " + id);
        WebElement again = browser.findElement(By.id("autosave-warning"));
        wait(browser, 15).until(d -> again.isDisplayed());
        assertThat(kept(browser, key)).contains("Second loss " + id);
        browser.switchTo().newWindow(WindowType.TAB);
        signIn(browser, username);
        browser.close();
        browser.switchTo().window(page);
        wait(browser, 70).until(d -> !again.isDisplayed() && status(browser).contains("kept by autosave"));
        wait(browser, 5).until(d -> kept(browser, key).isEmpty());
        assertThat(Browser.problems(browser)).as("no policy violation or script error").isEmpty();
    }

    /**
     * The server cannot be reached (the browser is offline): every autosave fails, the page says the
     * text is not saved and kept in this browser, and tries again with growing pauses (2 s, then 4 s)
     * for as long as it fails; once the server is reachable again, the next save succeeds and the form
     * is clean.
     */
    @Test
    void whileTheServerCannotBeReachedAutosaveWarnsKeepsTheTextAndRetriesWithGrowingPauses() {
        String username = ClientSideData.newEditor();
        ClientSideData.section("World");
        ChromeDriver browser = Browser.start();
        browsers.add(browser);
        signIn(browser, username);
        browser.get(baseUrl + "/newsroom/articles/new");
        browser.findElement(By.id("headline")).sendKeys("Offline " + id);
        new Select(browser.findElement(By.id("section"))).selectByVisibleText("World");
        Browser.bodyEditor(browser).sendKeys("First paragraph " + id);
        browser.findElement(By.cssSelector("button[value=save]")).click();
        wait(browser, 10).until(ExpectedConditions.urlMatches("/newsroom/articles/\\d+$"));
        wait(browser, 10).until(d -> d.findElements(By.cssSelector(".flash")).size() == 1);
        String article = browser.getCurrentUrl().replaceAll(".*/newsroom/articles/(\\d+).*", "$1");
        browser.get(baseUrl + "/newsroom/articles/" + article);
        String key = localKey(browser);
        fastAutosave(browser);
        // Every autosave request the page makes, with its time (the requests themselves go out unchanged).
        browser.executeScript("var url = document.getElementById('article-form').getAttribute('data-autosave-url');"
                + " var original = window.fetch; window.autosaveAttempts = [];"
                + " window.fetch = function (target, options) {"
                + "   if (String(target) === url) { window.autosaveAttempts.push(Date.now()); }"
                + "   return original.apply(this, arguments); };");

        browser.setNetworkConditions(new ChromiumNetworkConditions().setOffline(true));
        WebElement editor = Browser.bodyEditor(browser);
        editor.sendKeys(Keys.CONTROL, Keys.END);
        editor.sendKeys(Keys.ENTER, "Written offline " + id);
        WebElement warning = browser.findElement(By.id("autosave-warning"));
        wait(browser, 15).until(d -> warning.isDisplayed());
        assertThat(warning.getText()).startsWith("Not saved — your text is kept in this browser");
        assertThat(kept(browser, key)).contains("Written offline " + id);
        wait(browser, 20).until(d -> attempts(browser).size() >= 3);
        List<Long> attempts = attempts(browser);
        assertThat(attempts.get(1) - attempts.get(0)).as("the first pause, ms").isGreaterThanOrEqualTo(2000);
        assertThat(attempts.get(2) - attempts.get(1)).as("the second pause, ms").isGreaterThanOrEqualTo(4000);
        assertThat(warning.isDisplayed()).as("the warning stays while saves fail").isTrue();
        assertThat(status(browser)).doesNotContain("kept by autosave");
        assertThat(leavingWarns(browser)).as("unsaved: leaving warns").isTrue();

        browser.deleteNetworkConditions();
        wait(browser, 20).until(d -> !warning.isDisplayed() && status(browser).contains("kept by autosave"));
        wait(browser, 5).until(d -> kept(browser, key).isEmpty());
        assertThat(leavingWarns(browser)).as("saved: the form is clean").isFalse();
        browser.get(baseUrl + "/newsroom/articles/" + article + "?restore=autosave");
        assertThat(Browser.bodyEditor(browser).getText()).as("the server has it").contains("Written offline " + id);
    }

    @SuppressWarnings("unchecked")
    private static List<Long> attempts(ChromeDriver browser) {
        return ((List<Object>) browser.executeScript("return window.autosaveAttempts || [];")).stream()
                .map(at -> ((Number) at).longValue()).toList();
    }

    @Test
    void withoutJavaScriptNoneOfItShows() {
        String username = ClientSideData.newEditor();
        ChromeDriver browser = Browser.startWithoutJavaScript();
        browsers.add(browser);
        signIn(browser, username);
        browser.get(baseUrl + "/newsroom/articles/new");
        assertThat(browser.findElement(By.id("local-copy")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("autosave-warning")).isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector("button[data-local-copy]")).stream()
                .filter(WebElement::isDisplayed)).isEmpty();
    }

    /** Whether the page's beforeunload listener asks the browser to warn before the page is left. */
    private static boolean leavingWarns(ChromeDriver browser) {
        return (Boolean) browser.executeScript("var event = new Event('beforeunload', {cancelable: true});"
                + " window.dispatchEvent(event); return event.defaultPrevented;");
    }

    private static String localKey(ChromeDriver browser) {
        return browser.findElement(By.id("article-form")).getAttribute("data-local-key");
    }

    private static String kept(ChromeDriver browser, String key) {
        Object value = browser.executeScript("return window.localStorage.getItem(arguments[0]);", key);
        return value == null ? "" : value.toString();
    }

    private static String status(ChromeDriver browser) {
        return browser.findElement(By.id("autosave-status")).getText();
    }

    /** The page's autosave every second instead of the configured interval: the test need not wait. */
    private static void fastAutosave(ChromeDriver browser) {
        browser.executeScript("document.getElementById('article-form').setAttribute('data-autosave-seconds', '1');");
    }

    private static WebDriverWait wait(ChromeDriver browser, int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void signIn(ChromeDriver browser, String username) {
        browser.get(baseUrl + "/newsroom/login");
        fillSignIn(browser, username);
    }

    private static void fillSignIn(ChromeDriver browser, String username) {
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(TestContent.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit].primary")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector(".newsroom-bar .who")).isEmpty());
    }
}
