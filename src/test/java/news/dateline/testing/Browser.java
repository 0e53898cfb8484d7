package news.dateline.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium from the system's packages (chromium, chromium-driver), driven over WebDriver.
 * Nothing is downloaded. Outside CI a machine without Chromium skips browser tests; in CI
 * ({@code CI=true}) a missing browser fails them.
 */
public final class Browser {

    static final Path CHROMIUM = Path.of(System.getProperty("dateline.test.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("dateline.test.chromedriver", "/usr/bin/chromedriver"));

    /** Put into every frame before its own scripts; see {@link #startWatching}. */
    private static final String PAGE_WATCH = """
            (function () {
                'use strict';
                var seen = [];
                var isTop = window.top === window;
                function record(what) {
                    if (isTop) {
                        seen.push(what);
                        return;
                    }
                    try {
                        window.top.postMessage({datelineWatch: what + ' (in a frame at ' + String(location.href)
                                .substring(0, 80) + ')'}, '*');
                    } catch (e) {
                        seen.push(what);
                    }
                }
                if (isTop) {
                    window.addEventListener('message', function (event) {
                        if (event.data && typeof event.data.datelineWatch === 'string') {
                            seen.push(event.data.datelineWatch);
                        }
                    });
                    Object.defineProperty(window, '__datelineWatch', {value: function () { return seen.slice(); }});
                }
                ['alert', 'confirm', 'prompt', 'print'].forEach(function (name) {
                    Object.defineProperty(window, name, {writable: false, configurable: false,
                        value: function (message) { record('a script ran: ' + name + '(' + message + ')'); return null; }});
                });
                document.addEventListener('securitypolicyviolation', function (e) {
                    record('Content-Security-Policy violation: ' + e.violatedDirective + ' refused '
                            + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber
                            + (e.sample ? ' [' + e.sample + ']' : ''));
                });
                window.addEventListener('error', function (e) {
                    record('uncaught error: ' + e.message + ' at ' + e.filename + ':' + e.lineno);
                });
                window.addEventListener('unhandledrejection', function (e) {
                    record('unhandled rejection: ' + e.reason);
                });
            }());
            """;

    /** Returns what {@link #injectedMarkup} reports. */
    private static final String INJECTED_MARKUP = """
            var found = [];
            var forbidden = /^(iframe|frame|frameset|object|embed|applet|param|base|basefont|bgsound|svg|math|style            |template|marquee|video|audio|source|track|portal|isindex|keygen|noscript|noembed|noframes|plaintext|xmp            |listing|blink|image)$/;
            var addresses = /^(href|src|action|formaction|data|srcdoc|background|poster|dynsrc|lowsrc|codebase|srcset            |ping|cite|longdesc|usemap|manifest|icon|xlink:href)$/;
            var bodyTags = /^(p|br|h2|h3|blockquote|ul|ol|li|strong|em|b|i|a)$/;
            // Elements of a forbidden kind that Dateline's own templates draw, each recognised by its
            // place and every attribute, so that a vector imitating one is still reported.
            function onlyAttributes(el, allowed) {
                return Array.prototype.every.call(el.attributes, function (a) { return allowed.test(a.name); });
            }
            function drawnByDateline(el) {
                if (el.matches('form template#photo-picker-template')) {
                    return el.attributes.length === 1;
                }
                if (el.matches('figure svg.focal-overlay')) {
                    return onlyAttributes(el, /^(class|viewbox|preserveaspectratio|aria-hidden|focusable)$/i);
                }
                if (el.matches('picture > source[type="image/webp"]')) {
                    return onlyAttributes(el, /^(type|srcset|sizes)$/)
                        && el.getAttribute('srcset').split(',').every(function (candidate) {
                            return candidate.trim().indexOf('/media/') === 0; });
                }
                return false;
            }
            function show(el) {
                var html = el.outerHTML;
                return html.length > 200 ? html.substring(0, 200) + '...' : html;
            }
            Array.prototype.forEach.call(document.querySelectorAll('*'), function (el) {
                var tag = el.localName;
                if (forbidden.test(tag) && !drawnByDateline(el)) {
                    found.push('a <' + tag + '> element: ' + show(el));
                } else if (el instanceof HTMLUnknownElement) {
                    found.push('an unknown element: ' + show(el));
                } else if (tag === 'script' && el.type !== 'application/ld+json'
                        && !(el.src.indexOf(location.origin + '/assets/') === 0 && el.textContent.trim() === '')) {
                    found.push('a script element: ' + show(el));
                } else if (tag === 'meta' && el.hasAttribute('http-equiv')) {
                    found.push('a meta http-equiv: ' + show(el));
                } else if (tag === 'link' && el.parentNode !== document.head) {
                    found.push('a link element outside the head: ' + show(el));
                }
                Array.prototype.forEach.call(el.attributes, function (attribute) {
                    var name = attribute.name.toLowerCase();
                    var value = attribute.value.replace(/[\\u0000-\\u0020\\u007f-\\u00a0]+/g, '').toLowerCase();
                    if (name.indexOf('on') === 0) {
                        found.push('an event handler attribute ' + name + ': ' + show(el));
                    } else if (addresses.test(name) && /^(javascript|vbscript|livescript|data):/.test(value)) {
                        found.push('a ' + value.split(':')[0] + ': address in ' + name + ': ' + show(el));
                    } else if (name === 'style' && /expression|url\\(|javascript|behavior|binding|import/.test(value)) {
                        found.push('a style attribute with ' + value + ': ' + show(el));
                    } else if (/^(formaction|srcdoc|xmlns|xlink:href)$/.test(name) && !(name === 'formaction'
                            && /^\\/newsroom\\/articles\\/(\\d+|new)\\/photo-picker$/.test(attribute.value))) {
                        found.push('a ' + name + ' attribute: ' + show(el));
                    }
                });
            });
            Array.prototype.forEach.call(document.querySelectorAll('.article-body *'), function (el) {
                if (el.matches('.article-body > p:first-child > span.dateline:first-child')
                        && el.attributes.length === 1 && el.children.length === 0) {
                    return;
                }
                if (el.closest('.article-body > figure.body-photo')) {
                    var drawn = el.matches('.article-body > figure.body-photo') && el.attributes.length === 1
                        || el.matches('figure.body-photo > figcaption') && el.attributes.length === 0
                        || el.matches('figure.body-photo > figcaption > span.caption, figure.body-photo > figcaption > span.credit')
                            && el.attributes.length === 1 && el.children.length === 0
                        || el.matches('figure.body-photo > picture') && el.attributes.length === 0
                        || el.matches('figure.body-photo > picture > source') && el.getAttribute('type') === 'image/webp'
                            && Array.prototype.every.call(el.attributes, function (a) {
                                return /^(type|srcset|sizes)$/.test(a.name)
                                    && (a.name !== 'srcset' || /^\\/media\\//.test(a.value)); })
                        || el.matches('figure.body-photo > picture > img') && Array.prototype.every.call(el.attributes, function (a) {
                            return /^(src|srcset|sizes|width|height|alt|loading)$/.test(a.name)
                                && (a.name !== 'src' || a.value.indexOf('/media/') === 0); });
                    if (!drawn) {
                        found.push('markup in a photo of an article body that the page does not draw: ' + show(el));
                    }
                    return;
                }
                if (!bodyTags.test(el.localName)) {
                    found.push('a <' + el.localName + '> element in an article body: ' + show(el));
                }
                Array.prototype.forEach.call(el.attributes, function (attribute) {
                    if (el.localName !== 'a' || !/^(href|title|rel)$/.test(attribute.name)) {
                        found.push('an attribute ' + attribute.name + ' in an article body: ' + show(el));
                    } else if (attribute.name === 'href' && !/^(https?:|mailto:)/i.test(attribute.value.trim())) {
                        found.push('a link to ' + attribute.value + ' in an article body: ' + show(el));
                    }
                });
            });
            if (document.documentElement.outerHTML.indexOf('1787569') >= 0) {
                found.push('a template expression was evaluated: 1787569 (1337 * 1337) shows');
            }
            return found;
            """;

    private Browser() {
    }

    public static ChromeDriver start() {
        return launch(options());
    }

    /**
     * Chromium whose user reads Russian: its interface language and the {@code Accept-Language} it sends
     * ({@code ru-RU,ru}).
     */
    public static ChromeDriver startInRussian() {
        ChromeOptions options = options();
        options.addArguments("--lang=ru-RU");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ru-RU,ru"));
        return launch(options);
    }

    /** Chromium with JavaScript switched off for every page, as a reader or writer may have it. */
    public static ChromeDriver startWithoutJavaScript() {
        ChromeOptions options = options();
        options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        return launch(options);
    }

    /**
     * Chromium as a phone shows pages: a 390 x 844 CSS-pixel screen at three device pixels each, with
     * touch and the mobile viewport (the page's {@code <meta name="viewport">} applies).
     */
    public static ChromeDriver startOnPhone() {
        ChromeOptions options = options();
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                Map.of("width", 390, "height", 844, "pixelRatio", 3.0, "touch", true, "mobile", true)));
        return launch(options);
    }

    /** The article editor's visual body editor, once its module has started. */
    /**
     * Whether the browser has left the page this element was on. While the next page loads, ChromeDriver
     * may answer for a node of the old document with a plain error ("does not belong to the document")
     * rather than a stale element; either way that page is gone, and the caller's next wait looks at
     * the new one.
     */
    public static boolean hasLeft(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException e) {
            return true;
        }
    }

    public static WebElement bodyEditor(ChromeDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> d.findElement(By.cssSelector("#body-editor[contenteditable=true]")));
    }

    /** Pastes into an element as a browser does: a paste event whose clipboard holds this HTML and text. */
    public static void paste(ChromeDriver driver, WebElement target, String html, String text) {
        driver.executeScript("var data = new DataTransfer();"
                + " if (arguments[1] !== null) { data.setData('text/html', arguments[1]); }"
                + " data.setData('text/plain', arguments[2]);"
                + " arguments[0].focus();"
                + " arguments[0].dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true,"
                + " cancelable: true}));", target, html, text);
    }

    /**
     * Chromium that watches the pages it loads, for {@link #problems} and {@link #injectedMarkup}:
     * it records its console, and a script that DevTools puts into every frame before the page's own
     * records Content-Security-Policy violations, uncaught errors, and calls of {@code alert},
     * {@code confirm}, {@code prompt} and {@code print}, which it answers itself so that no dialog
     * blocks the driver. A dialog it could not catch stays open and is reported too.
     */
    public static ChromeDriver startWatching() {
        ChromeOptions options = options();
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        ChromeDriver driver = launch(options);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PAGE_WATCH));
        return driver;
    }

    /**
     * What went wrong on the page loaded last, after letting it settle briefly: a script that ran
     * ({@code alert} and the like), a Content-Security-Policy violation, an uncaught error, and
     * severe console lines about them. Empty when nothing did. Needs {@link #startWatching}.
     */
    @SuppressWarnings("unchecked")
    public static List<String> problems(ChromeDriver driver) {
        List<String> problems = new ArrayList<>();
        try {
            problems.addAll((List<String>) driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + " setTimeout(function () { done(typeof window.__datelineWatch === 'function'"
                    + " ? window.__datelineWatch() : ['the page watcher did not run on ' + location.href]); }, 50);"));
        } catch (UnhandledAlertException e) {
            problems.add("a dialog was open: " + e.getAlertText());
        }
        closeDialog(driver).ifPresent(text -> problems.add("a dialog was open: " + text));
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && (message.contains("Content Security Policy")
                    || message.contains("Refused to") || message.contains("Uncaught"))) {
                problems.add("console: " + message);
            }
        }
        return problems;
    }

    /**
     * Markup on the current page that none of our templates writes and that a hostile value could
     * have smuggled in: event-handler attributes, foreign scripts, frames, objects, SVG and MathML,
     * style elements, meta refreshes, javascript:, vbscript: and data: addresses, unknown elements,
     * anything in an article body beyond its allow-list (and the dateline and photos the site puts there), and
     * template expressions that were evaluated (the corpus multiplies 1337 by 1337; 1787569 must never show).
     */
    @SuppressWarnings("unchecked")
    public static List<String> injectedMarkup(ChromeDriver driver) {
        return (List<String>) driver.executeScript(INJECTED_MARKUP);
    }

    private static Optional<String> closeDialog(ChromeDriver driver) {
        try {
            Alert alert = driver.switchTo().alert();
            String text = alert.getText();
            alert.dismiss();
            return Optional.of(text);
        } catch (NoAlertPresentException e) {
            return Optional.empty();
        }
    }

    private static ChromeOptions options() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(installed, "Chromium and ChromeDriver are not installed (apt-get install chromium"
                    + " chromium-driver); browser tests skipped");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1600", "--lang=en-US");
        return options;
    }

    private static ChromeDriver launch(ChromeOptions options) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return driver;
    }

    /** Saves a screenshot under {@code target/screenshots/}. */
    public static Path screenshot(ChromeDriver driver, String name) {
        try {
            Path directory = Files.createDirectories(Path.of("target", "screenshots"));
            Path file = directory.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
