package news.dateline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every interface string comes from the bundles, {@code messages.properties} and {@code messages_ru.properties}:
 * no template shows a word of its own (text or an attribute people read), every message a template or the code
 * names exists in both, and each formats in its language.
 */
class InterfaceTextTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path CODE = Path.of("src/main/java");
    /** Attributes whose text people read (or hear). */
    private static final List<String> READ_ATTRIBUTES = List.of("placeholder", "title", "alt", "aria-label");
    /** What replaces an element's content when the template is rendered. */
    private static final List<String> REPLACING = List.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove");
    /** Text that is no word: spaces, punctuation, symbols between texts the template fills in. */
    private static final Pattern NO_WORD = Pattern.compile("[\\s\\p{Punct}·—–→←•×©“”«»]*");
    /** A straight apostrophe that is not doubled: MessageFormat would take it for a quote and drop it. */
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    /** Russian messages that rightly have no Russian word: names that are the same in both languages. */
    private static final Set<String> NAMES = Set.of("English", "SQL");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*[\\w])(?:\\(|})");
    private static final Pattern CODE_KEY = Pattern.compile(
            "(?:PageRenderer\\.message|messages\\.msg|FieldRefused\\([^,\"]*\"[^\"]*\",|redirectWithFlash\\([^,]+,)\\s*\\(?\"([a-z][\\w]*\\.[\\w.]*\\w)\"");

    @Test
    void noTemplateShowsWordsOfItsOwn() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            Document page = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
            for (Element element : page.getAllElements()) {
                if (replaced(element)) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    if (!NO_WORD.matcher(text.text()).matches()) {
                        literals.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> \"" + text.text().strip() + "\"");
                    }
                }
                for (String attribute : READ_ATTRIBUTES) {
                    String value = element.attr(attribute);
                    if (!value.isBlank() && !element.hasAttr("th:" + attribute)
                            && !element.attr("th:attr").contains(attribute + "=")) {
                        literals.add(TEMPLATES.relativize(template) + ": " + attribute + "=\"" + value + "\"");
                    }
                }
            }
        }
        assertThat(literals).as("words written into templates instead of messages.properties").isEmpty();
    }

    @Test
    void theCheckFindsAWordOfATemplatesOwn() {
        Document page = Jsoup.parse("<p><span th:text=\"#{a.b}\">Placeholder</span> newsroom</p>"
                + "<nav aria-label=\"Menu\"></nav><p th:text=\"#{c.d}\">Replaced</p>");
        List<String> found = new ArrayList<>();
        for (Element element : page.getAllElements()) {
            if (!replaced(element)) {
                element.textNodes().stream().filter(t -> !NO_WORD.matcher(t.text()).matches())
                        .forEach(t -> found.add(t.text().strip()));
                if (!element.attr("aria-label").isBlank() && !element.hasAttr("th:aria-label")) {
                    found.add(element.attr("aria-label"));
                }
            }
        }
        assertThat(found).containsExactly("newsroom", "Menu");
    }

    @Test
    void everyMessageTheTemplatesAndTheCodeNameIsInTheBundle() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages.properties"))) {
            messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> missing = new TreeSet<>();
        int checkedInTemplates = 0;
        int checkedInCode = 0;
        for (Path template : templates()) {
            Matcher keys = TEMPLATE_KEY.matcher(Files.readString(template));
            while (keys.find()) {
                checkedInTemplates++;
                if (!messages.containsKey(keys.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + keys.group(1));
                }
            }
        }
        try (Stream<Path> files = Files.walk(CODE)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher keys = CODE_KEY.matcher(Files.readString(source));
                while (keys.find()) {
                    checkedInCode++;
                    if (!messages.containsKey(keys.group(1))) {
                        missing.add(CODE.relativize(source) + ": " + keys.group(1));
                    }
                }
            }
        }
        assertThat(checkedInTemplates).as("messages the templates name").isGreaterThan(500);
        assertThat(checkedInCode).as("messages the code names").isGreaterThan(100);
        assertThat(missing).as("messages named but not in messages.properties").isEmpty();
    }

    @Test
    void bothBundlesHaveTheSameMessagesAndEachOneFormats() throws IOException {
        Properties english = bundle("messages.properties");
        Properties russian = bundle("messages_ru.properties");
        assertThat(new TreeSet<>(russian.stringPropertyNames())).as("messages of the Russian bundle")
                .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        List<String> broken = new ArrayList<>();
        Object[] counts = {0L, 1L, 2L, 3L, 4L};
        Object[] moreCounts = {5L, 21L, 22L, 11L, 1000L};
        for (Language language : Language.values()) {
            Properties messages = language == Language.RU ? russian : english;
            for (String key : messages.stringPropertyNames()) {
                String pattern = messages.getProperty(key);
                if (LONE_QUOTE.matcher(pattern).find()) {
                    broken.add(language.code() + " " + key + ": a straight apostrophe (write ’ or '')");
                }
                try {
                    String once = MessageText.format(language, pattern, counts);
                    String again = MessageText.format(language, pattern, moreCounts);
                    if (once.contains("{") && !pattern.contains("'{'")) {
                        broken.add(language.code() + " " + key + ": a placeholder left: " + once);
                    }
                    assertThat(again).isNotNull();
                } catch (IllegalArgumentException e) {
                    broken.add(language.code() + " " + key + ": " + e.getMessage());
                }
            }
        }
        assertThat(broken).as("messages that do not format").isEmpty();
    }

    @Test
    void theRussianBundleIsInRussian() throws IOException {
        Properties russian = bundle("messages_ru.properties");
        List<String> english = new ArrayList<>();
        for (String key : russian.stringPropertyNames()) {
            String value = russian.getProperty(key);
            boolean cyrillic = value.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
            if (!cyrillic && WORD.matcher(value.replaceAll("\\{[^}]*}", "")).find() && !NAMES.contains(value)) {
                english.add(key + "=" + value);
            }
        }
        assertThat(english).as("Russian messages with words but no Russian").isEmpty();
    }

    private static Properties bundle(String name) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources").resolve(name))) {
            messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return messages;
    }

    private static boolean replaced(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            String tag = e.tagName();
            if (tag.equals("script") || tag.equals("style") || REPLACING.stream().anyMatch(e::hasAttr)) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
