package news.dateline.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import news.dateline.testing.Browser;
import org.jsoup.Jsoup;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The editor of {@code ops/cluster-test}: signs in through Varnish and the balancer, starts a story and
 * types its body; part way through, the server that holds the editor's session is killed with
 * SIGKILL; the editor keeps typing, then saves and publishes. Before that, with both servers up, it
 * publishes another story. Prints, each judged PASS or FAIL, whether the editor stayed signed in, how
 * many typed characters the saved story lacks (must be none), and how long each published story took
 * to reach readers through Varnish (must be under a second). Not a test of the suite: run by the
 * script, with {@code -Dcluster.site=<Varnish URL>}, {@code -Dcluster.user}, {@code -Dcluster.password} and
 * {@code -Dcluster.servers=<node name>=<pid>,...}, the first being the cluster's coordinator (where the
 * editor's session is placed, so that the coordinator is the server killed).
 */
public final class ClusterEditor {

    private static final String WORDS = "the council met again on tuesday and agreed to reopen the harbour bridge"
            + " after repairs that took longer than planned while ferries carried commuters across the bay";
    private static final int CHUNKS = 80;
    private static final int KILL_AFTER_CHUNK = 20;
    private static final long CHUNK_MILLIS = 300;

    private ClusterEditor() {
    }

    public static void main(String[] args) throws Exception {
        String site = System.getProperty("cluster.site");
        Map<String, Long> servers = Arrays.stream(System.getProperty("cluster.servers").split(","))
                .map(entry -> entry.split("="))
                .collect(Collectors.toMap(entry -> entry[0], entry -> Long.parseLong(entry[1])));
        ChromeDriver browser = Browser.start();
        try {
            run(browser, site, servers);
        } finally {
            browser.quit();
        }
    }

    private static void run(ChromeDriver browser, String site, Map<String, Long> servers) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        // The session on the first server, the cluster's coordinator: killing it is the harder case (its
        // row in the discovery table is what a server started next finds first).
        String coordinator = System.getProperty("cluster.servers").split(",")[0].split("=")[0];
        for (int attempt = 0; attempt < 20; attempt++) {
            browser.manage().deleteAllCookies();
            browser.get(site + "/newsroom/login");
            browser.findElement(By.id("username")).sendKeys(System.getProperty("cluster.user"));
            browser.findElement(By.id("password")).sendKeys(System.getProperty("cluster.password"));
            browser.findElement(By.cssSelector("button[type=submit].primary")).click();
            waitFor(browser, 30, () -> !browser.findElements(By.cssSelector(".newsroom-bar .who")).isEmpty());
            if (route(browser).filter(coordinator::equals).isPresent()) {
                break;
            }
        }
        say("signed in; the session lives on " + route(browser).orElse("(no route)"));

        // Both servers up: the cache's refetch after the purge may reach the other server, which can
        // answer from its own page cache until its poller has read the change.
        String before = "Ferry timetable changes " + System.currentTimeMillis();
        newStory(browser, site, before);
        typeInto(browser, "Ferries keep their winter timetable until the bridge reopens.");
        save(browser);
        Publication first = publish(browser, http, site, before);
        say("published a story with both servers up: readers saw it after " + first.describe());

        String headline = "Harbour bridge reopens " + System.currentTimeMillis();
        newStory(browser, site, headline);
        save(browser);
        String editorUrl = browser.getCurrentUrl();

        StringBuilder typed = new StringBuilder();
        WebElement body = bodyEditor(browser);
        body.click();
        String[] words = WORDS.split(" ");
        long killedAt = 0;
        for (int chunk = 0; chunk < CHUNKS; chunk++) {
            String text = words[(2 * chunk) % words.length] + " " + words[(2 * chunk + 1) % words.length] + " ";
            body.sendKeys(text);
            typed.append(text);
            if (chunk == KILL_AFTER_CHUNK) {
                String node = route(browser)
                        .orElseThrow(() -> new IllegalStateException("The session cookie names no server"));
                ProcessHandle process = ProcessHandle.of(servers.get(node))
                        .orElseThrow(() -> new IllegalStateException("No process for " + node));
                process.destroyForcibly();
                killedAt = System.nanoTime();
                say("killed " + node + " at " + System.currentTimeMillis() + " (pid " + process.pid()
                        + ", SIGKILL) while the editor was typing");
            }
            Thread.sleep(CHUNK_MILLIS);
        }
        say("typed " + typed.length() + " characters, " + (System.nanoTime() - killedAt) / 1_000_000
                + " ms of them after the kill");

        WebElement typingPage = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("button[value=save]")).click();
        waitFor(browser, 30, () -> gone(typingPage)
                && !browser.findElements(By.cssSelector(".flash, #username")).isEmpty());
        boolean signedIn = !browser.getCurrentUrl().contains("/newsroom/login")
                && !browser.findElements(By.cssSelector(".newsroom-bar .who")).isEmpty();
        String notice = browser.findElements(By.cssSelector(".flash")).stream().map(WebElement::getText)
                .findFirst().orElse("(none)");
        say("after the save: " + (signedIn ? "signed in" : "signed out") + ", on "
                + route(browser).orElse("(no session)") + ", notice: " + notice);

        browser.get(editorUrl);
        String saved = browser.findElements(By.id("body")).isEmpty() ? ""
                : Jsoup.parse(browser.findElement(By.id("body")).getAttribute("value")).text();
        String expected = typed.toString().strip();
        int kept = commonPrefix(saved.strip(), expected);
        int lost = expected.length() - kept;

        Publication second = signedIn ? publish(browser, http, site, headline) : null;

        System.out.println();
        result(signedIn, "editor stayed signed in: " + (signedIn ? "yes" : "no"));
        result(lost == 0, "characters typed: " + expected.length() + ", in the saved story: " + kept
                + ", lost: " + lost);
        result(first.underASecond(), "publish to readers through Varnish, both servers up: " + first.describe());
        result(second != null && second.underASecond(), "publish to readers through Varnish, after the kill: "
                + (second == null ? "not measured (signed out)" : second.describe()));
    }

    /** How long a published story took to reach readers on the front page through Varnish. */
    private record Publication(long fromCommitMillis, long fromClickMillis, boolean seen) {

        boolean underASecond() {
            return seen && fromCommitMillis < 1000;
        }

        String describe() {
            return seen ? fromCommitMillis + " ms from the commit (" + fromClickMillis + " ms from the click on Publish)"
                    : "not seen within 10 s of the commit";
        }
    }

    private static void newStory(ChromeDriver browser, String site, String headline) {
        browser.get(site + "/newsroom/articles/new");
        browser.findElement(By.id("headline")).sendKeys(headline);
        browser.findElement(By.id("lead")).sendKeys("The bridge is open again after repairs.");
        Select section = new Select(browser.findElement(By.id("section")));
        section.getOptions().stream().filter(option -> !option.getAttribute("value").isEmpty()).findFirst()
                .ifPresent(option -> section.selectByValue(option.getAttribute("value")));
    }

    /** The visual body editor (the textarea behind it is what the form sends, kept in step by the editor). */
    private static WebElement bodyEditor(ChromeDriver browser) {
        waitFor(browser, 30, () -> !browser.findElements(By.cssSelector("#body-editor[contenteditable=true]")).isEmpty());
        return browser.findElement(By.cssSelector("#body-editor[contenteditable=true]"));
    }

    private static void typeInto(ChromeDriver browser, String text) {
        WebElement body = bodyEditor(browser);
        body.click();
        body.sendKeys(text);
    }

    private static void save(ChromeDriver browser) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("button[value=save]")).click();
        waitFor(browser, 30, () -> gone(page) && !browser.findElements(By.cssSelector(".flash")).isEmpty());
    }

    /** Whether the browser has left the page this element was on (a flash there says nothing of the next). */
    private static boolean gone(WebElement element) {
        return Browser.hasLeft(element);
    }

    /** Publishes the open story once the front page is in Varnish, and waits until readers get it there. */
    private static Publication publish(ChromeDriver browser, HttpClient http, String site, String headline)
            throws InterruptedException {
        for (int i = 0; i < 50 && !"HIT".equals(xCache(http, site + "/")); i++) {
            Thread.sleep(100);
        }
        long click = System.nanoTime();
        browser.findElement(By.cssSelector("button[value=publish]")).click();
        waitFor(browser, 30, () -> browser.findElements(By.cssSelector(".flash")).stream()
                .anyMatch(n -> n.getText().startsWith("Published")));
        long committed = System.nanoTime();
        boolean seen = front(http, site).contains(headline);
        while (!seen && System.nanoTime() - committed < 10_000_000_000L) {
            Thread.sleep(10);
            seen = front(http, site).contains(headline);
        }
        long at = System.nanoTime();
        return new Publication((at - committed) / 1_000_000, (at - click) / 1_000_000, seen);
    }

    /** One judged line of the results. */
    private static void result(boolean pass, String line) {
        System.out.println("RESULT " + (pass ? "PASS" : "FAIL") + " " + line);
    }

    /** The server the session is routed to: WildFly appends ".<node name>" to the session id. */
    private static Optional<String> route(ChromeDriver browser) {
        Cookie cookie = browser.manage().getCookieNamed("DATELINE_SESSION");
        if (cookie == null || cookie.getValue().indexOf('.') < 0) {
            return Optional.empty();
        }
        return Optional.of(cookie.getValue().substring(cookie.getValue().lastIndexOf('.') + 1));
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    private static String xCache(HttpClient http, String url) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                    .headers().firstValue("X-Cache").orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    private static String front(HttpClient http, String site) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(site + "/")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        }
    }

    private static void waitFor(ChromeDriver browser, int seconds, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(seconds)).until(d -> condition.getAsBoolean());
    }

    private static void say(String line) {
        System.out.println("editor: " + line);
    }
}
