package news.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Moscow desk's day in a real Chromium whose user reads Russian (issue 15, item 7): a correspondent signs
 * in, writes a story in Russian and sends it for review; an editor signs in, opens it and publishes it; the
 * reader's page carries the story's language and its Russian wire dateline. Every newsroom page on the way
 * speaks Russian: its text, and what screen readers and tooltips say, hold no English word of the interface.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RussianNewsroomBrowserIT {

    /**
     * Latin words that are no English interface text: names and codes that read the same in Russian (key names
     * of shortcuts, formats, the product's name, a language's own name) and the example of a user name, which is
     * written in Latin letters.
     */
    private static final Set<String> NOT_ENGLISH = Set.of("Dateline", "English", "SQL", "RSS", "Atom", "slug", "alt",
            "HTML", "JPEG", "PNG", "WebP", "GIF", "AVIF", "URL", "https", "http", "mailto", "Markdown", "Ctrl", "Alt",
            "Enter", "Esc", "Tab", "Shift", "Cmd", "anna");
    private static final Pattern LATIN_WORD = Pattern.compile("\\b[A-Za-z][A-Za-z’'-]{2,}\\b");

    private final String baseUrl = System.getProperty("dateline.test.base-url", "http://127.0.0.1:8180");
    private ChromeDriver browser;
    private Properties russian;
    private Properties english;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void startTheBrowser() throws IOException {
        browser = Browser.startInRussian();
        russian = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("messages_ru.properties")) {
            russian.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        english = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("messages.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @AfterEach
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCorrespondentWritesAndAnEditorPublishesWithoutMeetingAnEnglishWord() {
        String writer = ClientSideData.newAccount("WRITER", "Анна Корреспондентова");
        String editor = ClientSideData.newAccount("EDITOR", "Иван Редакторов");
        ClientSideData.section("Мир", "mir");
        String headline = "Лавров и Керри согласовали подходы к борьбе с терроризмом " + System.nanoTime() % 10_000;
        List<String> english = new ArrayList<>();

        browser.get(baseUrl + "/newsroom/login");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
        english.addAll(englishOn("sign-in", writer));
        signIn(writer);
        english.addAll(englishOn("writer-desk", writer));
        browser.findElement(By.linkText(text("menu.newArticle"))).click();
        Browser.bodyEditor(browser);
        english.addAll(englishOn("new-story", writer));

        type("headline", headline);
        type("lead", "Главы МИД России и США продолжили координацию подходов.");
        type("datelinePlace", "Москва");
        type("agencyMark", "ТАСС");
        WebElement body = Browser.bodyEditor(browser);
        body.click();
        body.sendKeys("Министры иностранных дел России и США Сергей Лавров и Джон Керри провели телефонный разговор.");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.findElement(By.id("body-count")).getText()
                .startsWith("14 слов,"));
        assertThat(browser.findElement(By.id("lead-count")).getText().replace('\u00a0', ' '))
                .as("numbers written the Russian way").isEqualTo("Символов: 55 из 1 000");
        new Select(browser.findElement(By.id("section"))).selectByVisibleText("Мир");
        new Select(browser.findElement(By.id("language"))).selectByValue("ru");
        click("button[value=submit]");
        waitForFlash();
        english.addAll(englishOn("submitted", writer));
        String editUrl = browser.getCurrentUrl().replaceAll("\\?.*", "");

        browser.manage().deleteAllCookies();
        signIn(editor);
        english.addAll(englishOn("editor-desk", editor));
        browser.get(editUrl);
        Browser.bodyEditor(browser);
        english.addAll(englishOn("in-review", editor));
        click("button[value=publish]");
        waitForFlash();
        english.addAll(englishOn("published", editor));
        assertThat(browser.findElement(By.cssSelector(".article-state .status")).getText())
                .isEqualToIgnoringCase(text("article.status.PUBLISHED"));

        browser.findElement(By.linkText(text("editor.viewPublic"))).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/news/"));
        Browser.screenshot(browser, "russian-story-published");
        assertThat(browser.findElement(By.tagName("article")).getAttribute("lang")).isEqualTo("ru");
        assertThat(browser.findElement(By.cssSelector(".dateline")).getText())
                .matches("МОСКВА, \\d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября"
                        + "|декабря)\\. /ТАСС/\\.");

        assertThat(english).as("English interface words on the Russian newsroom's pages").isEmpty();
    }

    /**
     * What of the English interface the page shows, each with where it was seen: any English message of two words or
     * more (the parts between its placeholders) anywhere in the page's text or in what screen readers and tooltips
     * say, and any Latin word that is neither a name nor a code in the interface's own elements (buttons, labels,
     * headings of tables and forms, help, messages, the menu). Stories and names other tests left on the desk are
     * content, not interface.
     */
    private List<String> englishOn(String where, String username) {
        Browser.screenshot(browser, "russian-newsroom-" + where.replace(' ', '-'));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as(where).isEqualTo("ru");
        String said = "Array.from(document.querySelectorAll('[placeholder],[title],[aria-label],[alt]')).map(function (e) {"
                + " return [e.getAttribute('placeholder'), e.getAttribute('title'), e.getAttribute('aria-label'),"
                + " e.getAttribute('alt')].filter(Boolean).join('\\n'); }).join('\\n')";
        String page = (String) browser.executeScript("return document.title + '\\n' + document.body.innerText + '\\n' + "
                + said + ";");
        String interfaceText = (String) browser.executeScript("return document.title + '\\n' + Array.from("
                + "document.querySelectorAll('button, label, legend, summary, th, .help, .flash, .field-error,"
                + " .newsroom-bar nav, .status')).map(function (e) { return e.innerText; }).join('\\n') + '\\n' + "
                + said + ";");
        Set<String> found = new LinkedHashSet<>();
        for (String fragment : englishFragments()) {
            if (page.contains(fragment)) {
                found.add("«" + fragment + "»");
            }
        }
        Matcher words = LATIN_WORD.matcher(interfaceText.replace(username, ""));
        while (words.find()) {
            if (!NOT_ENGLISH.contains(words.group())) {
                found.add(words.group());
            }
        }
        return found.stream().map(w -> where + ": " + w).toList();
    }

    /** The English messages' texts of two words or more, cut at their placeholders. */
    private List<String> englishFragments() {
        List<String> fragments = new ArrayList<>();
        for (String value : english.stringPropertyNames().stream().map(english::getProperty).toList()) {
            for (String part : value.replaceAll("\\{[^{}]*(\\{[^{}]*}[^{}]*)*}", "\n").replace("''", "'").split("\n")) {
                String fragment = part.strip();
                if (fragment.split("\\s+").length >= 2 && fragment.length() >= 8 && LATIN_WORD.matcher(fragment).find()) {
                    fragments.add(fragment);
                }
            }
        }
        return fragments;
    }

    private String text(String key) {
        return russian.getProperty(key);
    }

    private void signIn(String username) {
        browser.get(baseUrl + "/newsroom/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(TestContent.PASSWORD);
        click("button[type=submit].primary");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector(".newsroom-bar .who")).isEmpty());
    }

    private void waitForFlash() {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(".flash")).size() == 1);
    }

    private void click(String css) {
        browser.findElement(By.cssSelector(css)).click();
    }

    private void type(String field, String text) {
        WebElement element = browser.findElement(By.id(field));
        element.clear();
        element.sendKeys(text);
    }
}
