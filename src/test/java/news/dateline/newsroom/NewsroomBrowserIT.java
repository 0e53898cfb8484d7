package news.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import news.dateline.demo.WireStory;
import news.dateline.testing.Browser;
import news.dateline.testing.ClientSideData;
import news.dateline.testing.ArticlePageText;
import news.dateline.testing.Deployments;
import news.dateline.testing.Fixtures;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An editor, in a real Chromium, enters the reference wire story through the newsroom's forms,
 * with its photo, publishes it, and readers then see every element of it in order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewsroomBrowserIT {

    private final String baseUrl = System.getProperty("dateline.test.base-url", "http://127.0.0.1:8180");
    private ChromeDriver browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void startTheBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anEditorPublishesTheReferenceStoryThroughTheFormsAndReadersSeeItInOrder() throws IOException {
        String username = ClientSideData.newEditor();
        ClientSideData.section("World");
        WireStory story = WireStory.parse(Fixtures.seedArticle());
        Path photo = Files.createTempFile("sample-photo", ".jpg");
        Files.write(photo, Fixtures.samplePhoto());

        browser.get(baseUrl + "/newsroom/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(TestContent.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit].primary")).click();
        browser.findElement(By.linkText("New article")).click();

        type("headline", story.headline());
        type("lead", story.lead());
        type("datelinePlace", story.datelinePlace());
        type("agencyMark", story.agencyMark());
        Browser.paste(browser, Browser.bodyEditor(browser), story.bodyHtml(), Jsoup.parse(story.bodyHtml()).text());
        new Select(browser.findElement(By.id("section"))).selectByVisibleText("World");
        browser.executeScript("arguments[0].value = '2016-06-07T14:32'", browser.findElement(By.id("publishAt")));
        type("tags", "Syria, Russia, USA, Sergey Lavrov, John Kerry");
        browser.findElement(By.id("photoFile")).sendKeys(photo.toAbsolutePath().toString());
        type("photoCredit", story.credit());
        type("photoUploadCaption", story.caption());
        type("photoAltText", story.altText());
        Browser.screenshot(browser, "newsroom-editor-filled");
        browser.findElement(By.cssSelector("button[value=publish]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector(".flash")).size() == 1);
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).startsWith("Published");
        assertThat(browser.findElement(By.cssSelector(".article-state .status")).getText()).isEqualToIgnoringCase(
                "Published");
        Browser.screenshot(browser, "newsroom-editor-published");

        browser.findElement(By.linkText("View on the site")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/news/2016/06/07/"));
        Browser.screenshot(browser, "published-article");
        Document page = Jsoup.parse(browser.getPageSource());

        assertThat(ArticlePageText.visibleLines(page)).containsExactlyElementsOf(Fixtures.seedArticleLines());
        WebElement image = browser.findElement(By.cssSelector("figure img"));
        assertThat((Boolean) browser.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0",
                image)).as("the photo loads").isTrue();
    }

    @Test
    void twoEditorsOnOneArticleTheSecondSeesTheLockAndTheLaterSaveLandsOnTheConflictPage() {
        ClientSideData.section("World");
        ChromeDriver first = browser;
        ChromeDriver second = Browser.start();
        try {
            signIn(first, ClientSideData.newEditor());
            first.findElement(By.linkText("New article")).click();
            type(first, "headline", "Council approves the harbour budget");
            typeBody(first, "The council approved the budget on Monday.");
            first.findElement(By.cssSelector("button[value=save]")).click();
            new WebDriverWait(first, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(".flash")).size() == 1);
            String editUrl = first.getCurrentUrl().replaceAll("\\?.*", "");

            signIn(second, ClientSideData.newEditor());
            second.get(editUrl);
            assertThat(second.findElement(By.id("lock-banner")).getText()).contains("Browser Editor", "open since");
            Browser.screenshot(second, "second-editor-sees-lock");

            type(first, "headline", "Council approves the harbour budget after a long debate");
            org.openqa.selenium.WebElement savedPage = first.findElement(By.tagName("html"));
            first.findElement(By.cssSelector("button[value=save]")).click();
            new WebDriverWait(first, Duration.ofSeconds(10)).until(d -> Browser.hasLeft(savedPage));
            new WebDriverWait(first, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(".flash")).size() == 1
                    && d.findElement(By.id("headline")).getAttribute("value").endsWith("long debate"));

            String secondText = "<p>The council approved the budget on Monday by 31 votes to 12.</p>";
            typeBody(second, "The council approved the budget on Monday by 31 votes to 12.");
            type(second, "headline", "Council backs the harbour budget");
            second.findElement(By.cssSelector("button[value=save]")).click();
            new WebDriverWait(second, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(".conflict")).size() == 1);
            Browser.screenshot(second, "conflict-page");

            assertThat(second.findElement(By.id("body")).getAttribute("value")).as("only this editor changed it")
                    .isEqualTo(secondText);
            assertThat(second.findElement(By.id("headline")).getAttribute("value"))
                    .isEqualTo("Council backs the harbour budget");
            assertThat(second.findElements(By.cssSelector(".conflict tbody th")).stream()
                    .map(th -> th.getText().toLowerCase(java.util.Locale.ROOT)).toList())
                    .as("only what both changed is put before the editor").containsExactly("headline");
            assertThat(second.findElement(By.cssSelector(".conflict")).getText()).contains("after a long debate");
        } finally {
            second.quit();
        }
    }

    private static void signIn(ChromeDriver driver, String username) {
        driver.get(System.getProperty("dateline.test.base-url", "http://127.0.0.1:8180") + "/newsroom/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(TestContent.PASSWORD);
        driver.findElement(By.cssSelector("button[type=submit].primary")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector(".newsroom-bar .who")).isEmpty());
    }

    /** Replaces the body with this text, typed into the visual editor. */
    private static void typeBody(ChromeDriver driver, String text) {
        WebElement body = Browser.bodyEditor(driver);
        body.click();
        body.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
        body.sendKeys(text);
    }

    private static void type(ChromeDriver driver, String field, String text) {
        WebElement element = driver.findElement(By.id(field));
        element.clear();
        element.sendKeys(text);
    }

    private void type(String field, String text) {
        type(browser, field, text);
    }

}
