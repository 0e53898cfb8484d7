package news.dateline.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import javax.imageio.ImageIO;
import news.dateline.testing.Browser;
import news.dateline.testing.ClientSideData;
import news.dateline.testing.Deployments;
import news.dateline.testing.TestContent;
import org.assertj.core.data.Offset;
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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An editor, in a real Chromium, uploads a photo with a red block near its top right corner, clicks
 * the block in the editor's preview, and publishes: the listing thumbnail (3:2) and the social image
 * (1.91:1) readers get are cropped around the block, and the browser loads the WebP thumbnail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FocalPointBrowserIT {

    private final String baseUrl = System.getProperty("dateline.test.base-url", "http://127.0.0.1:8180");
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
    void aClickOnThePreviewSetsTheFocalPointAndTheThumbnailAndSocialImageAreCroppedAroundIt() throws Exception {
        String username = ClientSideData.newEditor();
        ClientSideData.section("World");
        Path photo = Files.createTempFile("red-block", ".png");
        Files.write(photo, FocalPointIT.redBlockAt(1408, 120));
        String headline = "Red block on the harbour wall " + UUID.randomUUID().toString().substring(0, 8);

        browser.get(baseUrl + "/newsroom/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(TestContent.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit].primary")).click();
        // Signed in once the desk shows: navigating earlier would abandon the sign-in's own request.
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/newsroom/login"));
        browser.findElement(By.linkText("New article")).click();
        browser.findElement(By.id("headline")).sendKeys(headline);
        WebElement body = Browser.bodyEditor(browser);
        body.click();
        body.sendKeys("A block of red paint appeared overnight.");
        new Select(browser.findElement(By.id("section"))).selectByVisibleText("World");
        browser.findElement(By.id("photoFile")).sendKeys(photo.toAbsolutePath().toString());
        browser.findElement(By.id("photoCredit")).sendKeys("© Harbour Agency");
        browser.findElement(By.id("photoAltText")).sendKeys("A red square painted high on a grey wall");
        browser.findElement(By.cssSelector("button[value=save]")).click();

        WebElement preview = new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            var found = d.findElements(By.cssSelector("#photo-preview .focal-image"));
            return found.isEmpty() ? null : found.get(0);
        });
        assertThat(browser.findElement(By.cssSelector("#photo-preview figcaption")).getText())
                .contains("© Harbour Agency").doesNotContain("© ©");
        assertThat(browser.findElement(By.cssSelector("#photo-preview .alt-text")).getText())
                .isEqualTo("A red square painted high on a grey wall");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> (Boolean) ((ChromeDriver) d).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", preview));
        int width = preview.getRect().getWidth();
        int height = preview.getRect().getHeight();
        new Actions(browser).moveToElement(preview, (int) Math.round((0.88 - 0.5) * width),
                (int) Math.round((0.10 - 0.5) * height)).click().perform();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElement(
                By.cssSelector("[data-focal-status]")).getText().startsWith("Focal point set"));
        int focalX = Integer.parseInt(browser.findElement(By.id("focalX")).getAttribute("value"));
        int focalY = Integer.parseInt(browser.findElement(By.id("focalY")).getAttribute("value"));
        assertThat(focalX).isBetween(86, 90);
        assertThat(focalY).isBetween(8, 12);
        assertThat(browser.findElement(By.cssSelector(".focal-value")).getText())
                .contains(focalX + "% across, " + focalY + "% down");
        assertThat(Browser.problems(browser)).isEmpty();
        Browser.screenshot(browser, "focal-point-set");

        browser.findElement(By.cssSelector("button[value=publish]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector(".flash")).size() == 1);
        browser.findElement(By.linkText("View on the site")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/news/"));
        String social = browser.findElement(By.cssSelector("meta[property='og:image']")).getAttribute("content");
        String suffix = "-" + focalX + "-" + focalY + ".png";
        assertThat(social).endsWith("/social" + suffix);
        assertThat(browser.findElement(By.cssSelector("meta[property='og:image:width']")).getAttribute("content"))
                .as("the social card's size, as served below").isEqualTo("1200");
        assertThat(browser.findElement(By.cssSelector("meta[property='og:image:height']")).getAttribute("content"))
                .isEqualTo("628");
        assertThat(browser.findElement(By.cssSelector("figure.main-photo img")).getAttribute("alt"))
                .isEqualTo("A red square painted high on a grey wall");

        // All news lists every story with its thumbnail (a section's front shows its newest as the lead).
        browser.get(baseUrl + "/news");
        WebElement thumbnail = browser.findElement(By.xpath("//li[contains(@class, 'news-item')][.//a[text()='"
                + headline + "']]//picture/img"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            d.navigate().refresh();
            WebElement image = d.findElement(By.xpath("//li[contains(@class, 'news-item')][.//a[text()='"
                    + headline + "']]//picture/img"));
            // The 320 px crop in a 160 px slot (srcset "320w", sizes "160px"): shown at two pixels per CSS
            // pixel, so its density-corrected width is 160; the file's own size is checked below.
            return (Boolean) ((ChromeDriver) d).executeScript("return arguments[0].complete"
                    + " && arguments[0].naturalWidth === 160 && arguments[0].currentSrc.endsWith('.webp')", image);
        });
        thumbnail = browser.findElement(By.xpath("//li[contains(@class, 'news-item')][.//a[text()='"
                + headline + "']]//picture/img"));
        String listingSrc = thumbnail.getAttribute("src");
        assertThat(listingSrc).endsWith("/3x2" + suffix);
        Browser.screenshot(browser, "focal-point-listing");

        FocalPoint focus = new FocalPoint(focalX, focalY);
        assertRedBlockWhereTheCropPutsIt(listingSrc, Shape.THUMBNAIL, focus, 320, 213);
        assertRedBlockWhereTheCropPutsIt(listingSrc.replace(".png", ".webp"), Shape.THUMBNAIL, focus, 320, 213);
        assertRedBlockWhereTheCropPutsIt(social, Shape.SOCIAL, focus, 1200, 628);
    }

    @Test
    void thePickerDialogFindsAPhotoByKeyboardAndTheTypedStoryIsStillThereWithIt() throws Exception {
        String username = ClientSideData.newEditor();
        ClientSideData.section("World");
        String word = "kw" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Path photo = Files.createTempFile("picker", ".jpg");
        Files.write(photo, TestImages.jpeg(800, 600));
        browser.get(baseUrl + "/newsroom/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(TestContent.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit].primary")).click();
        // Signed in once the desk shows: navigating earlier would abandon the sign-in's own request.
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/newsroom/login"));
        browser.get(baseUrl + "/newsroom/media");
        browser.findElement(By.id("file")).sendKeys(photo.toAbsolutePath().toString());
        browser.findElement(By.id("caption")).sendKeys("Lighthouse " + word);
        browser.findElement(By.id("altText")).sendKeys("A white lighthouse");
        browser.findElement(By.cssSelector("form[enctype] button.primary")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().matches(".*/newsroom/media/\\d+$"));

        browser.findElement(By.linkText("New article")).click();
        browser.findElement(By.id("headline")).sendKeys("Typed before picking a photo");
        WebElement open = browser.findElement(By.cssSelector("[data-picker-open]"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", open);
        open.click();
        WebElement search = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector("dialog[open] [data-picker-query]")));
        assertThat(browser.switchTo().activeElement()).isEqualTo(search);
        search.sendKeys(word, org.openqa.selenium.Keys.ENTER);
        WebElement choice = new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            var found = d.findElements(By.cssSelector("dialog[open] .picker-choice"));
            return found.size() == 1 ? found.get(0) : null;
        });
        assertThat(choice.findElement(By.tagName("img")).getAttribute("alt")).isEqualTo("A white lighthouse");
        Browser.screenshot(browser, "picker-dialog");
        new Actions(browser).sendKeys(org.openqa.selenium.Keys.TAB, org.openqa.selenium.Keys.TAB).perform();
        assertThat(browser.switchTo().activeElement()).as("the search box, its button, then the photos")
                .isEqualTo(choice);
        new Actions(browser).sendKeys(org.openqa.selenium.Keys.ENTER).perform();

        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("restore=autosave")
                && !d.findElements(By.cssSelector("#photo-preview")).isEmpty());
        assertThat(browser.findElement(By.id("headline")).getAttribute("value")).isEqualTo("Typed before picking a photo");
        assertThat(browser.findElement(By.cssSelector("#photo-preview .caption")).getText())
                .isEqualTo("Lighthouse " + word);
        assertThat(Browser.problems(browser)).isEmpty();
    }

    /** The served crop has the red block where cropping the original around the focal point puts it. */
    private void assertRedBlockWhereTheCropPutsIt(String url, Shape shape, FocalPoint focus, int width, int height)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> served = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(baseUrl + URI.create(url).getPath())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(served.statusCode()).as(url).isEqualTo(200);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(served.body()));
        assertThat(image.getWidth()).as(url).isEqualTo(width);
        assertThat(image.getHeight()).as(url).isEqualTo(height);
        Crop crop = Crop.around(1600, 1200, shape.aspect(), focus);
        double[] red = FocalPointIT.redCentre(image);
        assertThat(red[0]).as(url + " red across").isCloseTo((1408 - crop.left()) * (double) width / crop.width(),
                Offset.offset(4.0));
        assertThat(red[1]).as(url + " red down").isCloseTo((120 - crop.top()) * (double) height / crop.height(),
                Offset.offset(4.0));
    }
}
