package news.dateline.front;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An editor on a 390 x 844 phone arranges a front, puts a story in the breaking-news banner and posts live
 * updates (issue 14, item 11): finds stories, makes one the lead, drags another above it, publishes, switches
 * the banner on; a reader's browser shows the new lead and the banner, and an update posted while the reader
 * has the story open appears on the reader's page without a reload.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FrontDeskPhoneBrowserIT {

    private final String baseUrl = System.getProperty("dateline.test.base-url", "http://127.0.0.1:8180");
    private ChromeDriver phone;
    private ChromeDriver reader;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @AfterEach
    void stop() {
        for (ChromeDriver browser : new ChromeDriver[] {phone, reader}) {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    @Test
    void anEditorOnAPhoneMakesAStoryTheLeadSwitchesOnTheBannerAndPostsALiveUpdateReadersSeeWithoutReloading() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String section = "Frontdesk" + id;
        String slug = section.toLowerCase(java.util.Locale.ROOT);
        ClientSideData.section(section);
        ClientSideData.publishedArticle(slug, "Quay reopens " + id);
        ClientSideData.publishedArticle(slug, "Ferry returns " + id);
        ClientSideData.publishedArticle(slug, "Tide tables out " + id);
        String username = ClientSideData.newEditor();

        reader = Browser.start();
        reader.get(baseUrl + "/section/" + slug);
        assertThat(reader.findElement(By.cssSelector(".lead-story h2")).getText()).as("the newest leads")
                .isEqualTo("Tide tables out " + id);

        phone = Browser.startOnPhone();
        phone.get(baseUrl + "/newsroom/login");
        phone.findElement(By.id("username")).sendKeys(username);
        phone.findElement(By.id("password")).sendKeys(TestContent.PASSWORD);
        phone.findElement(By.cssSelector("button[type=submit].primary")).click();
        WebDriverWait wait = new WebDriverWait(phone, Duration.ofSeconds(10));
        wait.until(d -> !d.findElements(By.cssSelector(".newsroom-bar .who")).isEmpty());
        assertThat(phone.findElements(By.cssSelector(".newsroom-bar nav a")).stream().map(WebElement::getText))
                .contains("Fronts", "Breaking news");

        phone.get(baseUrl + "/newsroom/fronts");
        phone.findElement(By.linkText(section)).click();
        find("Quay reopens " + id);
        tap(found("Quay reopens " + id, "/lead"));
        wait.until(d -> slotHeadlines().equals(List.of("Quay reopens " + id)));
        find("Ferry returns " + id);
        String ferry = phone.findElement(By.xpath("//li[starts-with(@id, 'found-')][.//span[text()='Ferry returns "
                + id + "']]")).getAttribute("id").substring("found-".length());
        tap(found("Ferry returns " + id, "/place"));
        wait.until(d -> slotHeadlines().equals(List.of("Quay reopens " + id, "Ferry returns " + id)));

        // Dragged with a finger by its handle above the lead: the drop is a form the server applies.
        WebElement handle = phone.findElement(By.cssSelector("#slot-0-1 .drag-handle"));
        phone.executeScript("arguments[0].scrollIntoView({block: 'end'});", handle);
        @SuppressWarnings("unchecked")
        Map<String, Number> from = (Map<String, Number>) phone.executeScript("var r = arguments[0].getBoundingClientRect();"
                + " return {x: r.left + r.width / 2, y: r.top + r.height / 2};", handle);
        @SuppressWarnings("unchecked")
        Map<String, Number> to = (Map<String, Number>) phone.executeScript("var r = arguments[0].getBoundingClientRect();"
                + " return {x: r.left + r.width / 2, y: r.top + 5};", phone.findElement(By.cssSelector("#slot-0-0")));
        PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
        Sequence drag = new Sequence(finger, 0);
        drag.addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.viewport(),
                from.get("x").intValue(), from.get("y").intValue()));
        drag.addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()));
        drag.addAction(finger.createPointerMove(Duration.ofMillis(250), PointerInput.Origin.viewport(),
                from.get("x").intValue(), (from.get("y").intValue() + to.get("y").intValue()) / 2));
        drag.addAction(finger.createPointerMove(Duration.ofMillis(250), PointerInput.Origin.viewport(),
                from.get("x").intValue(), Math.max(1, to.get("y").intValue())));
        drag.addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        phone.perform(List.of(drag));
        wait.until(d -> slotHeadlines().equals(List.of("Ferry returns " + id, "Quay reopens " + id)));

        tap(By.cssSelector("form[action$='/publish'] button"));
        wait.until(d -> String.join(" ", texts(".flash")).contains("Version 1"));

        // From the story, as its editor's "Breaking news…" link does: the story is chosen, whatever its age.
        phone.get(baseUrl + "/newsroom/breaking?article=" + ferry);
        assertThat(new Select(phone.findElement(By.id("article"))).getFirstSelectedOption().getText())
                .startsWith("Ferry returns " + id);
        tap(By.cssSelector("form[action='/newsroom/breaking'] button[type=submit]"));
        wait.until(d -> String.join(" ", texts(".flash")).contains("Ferry returns " + id));

        reader.navigate().refresh();
        assertThat(reader.findElement(By.cssSelector(".lead-story h2")).getText()).isEqualTo("Ferry returns " + id);
        assertThat(reader.findElements(By.cssSelector(".secondary h2")).get(0).getText()).isEqualTo("Quay reopens " + id);
        assertThat(reader.findElement(By.cssSelector("header .breaking a")).getText()).isEqualTo("Ferry returns " + id);

        // The story goes live: a first update from the phone, then a reader opens it, then a second update
        // reaches the reader's open page without a reload.
        postUpdate(ferry, "The ferry has left the port " + id + ".");
        reader.findElement(By.cssSelector(".lead-story h2 a")).click();
        new WebDriverWait(reader, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(".live-update")).isEmpty());
        reader.executeScript("window.stillTheSamePage = true;");
        postUpdate(ferry, "It is halfway across " + id + ".");
        new WebDriverWait(reader, Duration.ofSeconds(40)).until(d -> d.findElements(By.cssSelector(".live-update"))
                .size() == 2);
        assertThat(reader.findElements(By.cssSelector(".live-update")).get(0).getText())
                .as("the newest first").contains("It is halfway across " + id);
        assertThat(reader.executeScript("return window.stillTheSamePage === true;")).as("not reloaded").isEqualTo(true);
        assertThat(reader.findElement(By.cssSelector(".live-status")).getText()).isNotBlank();

        // The banner goes again, so that other tests' pages are as they were.
        phone.get(baseUrl + "/newsroom/breaking");
        tap(By.cssSelector("form[action='/newsroom/breaking/off'] button"));
        wait.until(d -> d.findElements(By.cssSelector("form[action='/newsroom/breaking/off']")).isEmpty());
    }

    private void postUpdate(String articleId, String text) {
        phone.get(baseUrl + "/newsroom/articles/" + articleId + "/live");
        phone.findElement(By.id("text")).sendKeys(text);
        tap(By.cssSelector("main form button.primary"));
        new WebDriverWait(phone, Duration.ofSeconds(10)).until(d -> String.join(" ", texts(".live-posted")).contains(text));
    }

    private void find(String words) {
        WebElement search = phone.findElement(By.id("q"));
        search.clear();
        search.sendKeys(words);
        tap(By.cssSelector("form[role=search] button"));
        new WebDriverWait(phone, Duration.ofSeconds(10)).until(d -> texts(".found-headline").equals(List.of(words)));
    }

    /** The button of a found story's form whose address ends with {@code action}. */
    private WebElement found(String headline, String action) {
        return phone.findElement(By.xpath("//li[starts-with(@id, 'found-')][.//span[@class='found-headline' and text()='"
                + headline + "']]//form[substring(@action, string-length(@action) - " + (action.length() - 1) + ") = '"
                + action + "']//button"));
    }

    private List<String> slotHeadlines() {
        return texts("#block-0 .slot-headline");
    }

    /**
     * The texts of the elements the selector finds, read in one script: a page that is being replaced (the
     * answer to a form) gives an empty list, never a reference to an element that has gone.
     */
    @SuppressWarnings("unchecked")
    private List<String> texts(String selector) {
        return (List<String>) phone.executeScript("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".map(function (e) { return e.textContent.trim(); });", selector);
    }

    /**
     * Taps the element the selector finds once it holds still: the page's script may still be
     * replacing it (after a drag, the block is redrawn), and a tap on the old one is retried on the new.
     */
    private void tap(By selector) {
        new WebDriverWait(phone, Duration.ofSeconds(10)).until(d -> {
            try {
                tap(phone.findElement(selector));
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
    }

    private void tap(WebElement element) {
        phone.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
