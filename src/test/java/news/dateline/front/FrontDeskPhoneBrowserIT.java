package news.dateline.front;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An editor on a 390 x 844 phone arranges a front and puts a story in the breaking-news banner (issue 14,
 * item 11): finds stories, makes one the lead, drags another above it, publishes, switches the banner on;
 * a reader's browser shows the new lead and the banner.
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
    void anEditorOnAPhoneMakesAStoryTheLeadAndSwitchesOnTheBanner() {
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
        tap(found("Ferry returns " + id, "/place"));
        wait.until(d -> slotHeadlines().equals(List.of("Quay reopens " + id, "Ferry returns " + id)));

        // Dragged by its handle above the lead: the drop is a form the server applies.
        WebElement handle = phone.findElement(By.cssSelector("#slot-0-1 .drag-handle"));
        WebElement lead = phone.findElement(By.cssSelector("#slot-0-0"));
        int up = lead.getLocation().getY() - handle.getLocation().getY() - 5;
        new Actions(phone).clickAndHold(handle).moveByOffset(0, up / 2).moveByOffset(0, up - up / 2).release().perform();
        wait.until(d -> slotHeadlines().equals(List.of("Ferry returns " + id, "Quay reopens " + id)));

        tap(phone.findElement(By.cssSelector("form[action$='/publish'] button")));
        wait.until(d -> d.findElement(By.cssSelector(".flash")).getText().contains("Version 1"));

        phone.get(baseUrl + "/newsroom/breaking");
        new Select(phone.findElement(By.id("article"))).selectByVisibleText(phone.findElements(By.cssSelector(
                "#article option")).stream().map(WebElement::getText).filter(t -> t.startsWith("Ferry returns " + id))
                .findFirst().orElseThrow());
        tap(phone.findElement(By.cssSelector("form[action='/newsroom/breaking'] button[type=submit]")));
        wait.until(d -> d.findElement(By.cssSelector(".flash")).getText().contains("Ferry returns " + id));

        reader.navigate().refresh();
        assertThat(reader.findElement(By.cssSelector(".lead-story h2")).getText()).isEqualTo("Ferry returns " + id);
        assertThat(reader.findElements(By.cssSelector(".secondary h2")).get(0).getText()).isEqualTo("Quay reopens " + id);
        assertThat(reader.findElement(By.cssSelector("header .breaking a")).getText()).isEqualTo("Ferry returns " + id);

        // The banner goes again, so that other tests' pages are as they were.
        tap(phone.findElement(By.cssSelector("form[action='/newsroom/breaking/off'] button")));
        wait.until(d -> d.findElements(By.cssSelector("form[action='/newsroom/breaking/off']")).isEmpty());
    }

    private void find(String words) {
        WebElement search = phone.findElement(By.id("q"));
        search.clear();
        search.sendKeys(words);
        tap(phone.findElement(By.cssSelector("form[role=search] button")));
        new WebDriverWait(phone, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(".found-headline"))
                .stream().map(WebElement::getText).toList().equals(List.of(words)));
    }

    /** The button of a found story's form whose address ends with {@code action}. */
    private WebElement found(String headline, String action) {
        return phone.findElement(By.xpath("//li[starts-with(@id, 'found-')][.//span[@class='found-headline' and text()='"
                + headline + "']]//form[substring(@action, string-length(@action) - " + (action.length() - 1) + ") = '"
                + action + "']//button"));
    }

    private List<String> slotHeadlines() {
        return phone.findElements(By.cssSelector("#block-0 .slot-headline")).stream().map(WebElement::getText).toList();
    }

    private void tap(WebElement element) {
        phone.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
