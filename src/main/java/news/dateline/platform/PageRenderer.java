package news.dateline.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders Thymeleaf templates from {@code templates/} with the texts of the message bundles, in the language
 * of the current request ({@link InterfaceLanguage}): {@code messages.properties} in English,
 * {@code messages_ru.properties} in Russian. Templates receive view records only, never managed entities.
 */
@ApplicationScoped
public class PageRenderer {

    private static final java.util.Map<Language, Properties> BUNDLES = loadBundles();
    /** Messages without arguments, formatted once per language (most of a page's texts). */
    private static final java.util.Map<Language, java.util.concurrent.ConcurrentHashMap<String, String>> PLAIN =
            new java.util.EnumMap<>(java.util.Map.of(Language.EN, new java.util.concurrent.ConcurrentHashMap<>(),
                    Language.RU, new java.util.concurrent.ConcurrentHashMap<>()));

    private final TemplateEngine engine = configure();

    private static TemplateEngine configure() {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver(PageRenderer.class.getClassLoader());
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding(StandardCharsets.UTF_8.name());
        templates.setCacheable(true);

        org.thymeleaf.messageresolver.IMessageResolver messages = new BundleMessages();

        org.thymeleaf.standard.StandardDialect dialect = new org.thymeleaf.standard.StandardDialect();
        dialect.setVariableExpressionEvaluator(new RecordPropertyExpressions());
        TemplateEngine engine = new TemplateEngine();
        engine.setDialect(dialect);
        engine.setTemplateResolver(templates);
        engine.setMessageResolver(messages);
        return engine;
    }

    /** Renders in the language of the current request. */
    public String render(String template, Map<String, Object> model) {
        return render(template, model, InterfaceLanguage.current());
    }

    public String render(String template, Map<String, Object> model, Language language) {
        Context context = new Context(language.locale(), model); // the context keeps its own copy of the model
        if (!model.containsKey("interfaceLanguage")) {
            context.setVariable("interfaceLanguage", language.code());
        }
        return engine.process(template, context);
    }

    /**
     * A message of {@code messages.properties} as text, for the few places that hand a message on as
     * text rather than as a key for a template.
     *
     * @throws IllegalArgumentException when there is no such message
     */
    public static String message(String key, Object... arguments) {
        return message(InterfaceLanguage.current(), key, arguments);
    }

    /** A message in the given language; see {@link #message(String, Object...)}. */
    public static String message(Language language, String key, Object... arguments) {
        String text = formatted(language, key, arguments);
        if (text == null) {
            throw new IllegalArgumentException("No message " + key);
        }
        return text;
    }

    /** The message in that language, or null when there is none. */
    private static String formatted(Language language, String key, Object[] arguments) {
        if (arguments == null || arguments.length == 0) {
            String plain = PLAIN.get(language).get(key);
            if (plain != null) {
                return plain;
            }
        }
        String pattern = BUNDLES.get(language).getProperty(key);
        if (pattern == null) {
            return null;
        }
        String text = MessageText.format(language, pattern, arguments);
        if (arguments == null || arguments.length == 0) {
            PLAIN.get(language).put(key, text);
        }
        return text;
    }

    /** Whether the bundles have this message. */
    public static boolean hasMessage(String key) {
        return BUNDLES.get(Language.EN).containsKey(key);
    }

    /** Resolves {@code #{key(arguments)}} in the template's language (its context's locale). */
    private static final class BundleMessages extends org.thymeleaf.messageresolver.AbstractMessageResolver {

        @Override
        public String resolveMessage(org.thymeleaf.context.ITemplateContext context, Class<?> origin, String key,
                                     Object[] arguments) {
            return formatted(Language.ofLocale(context.getLocale()), key, arguments);
        }

        @Override
        public String createAbsentMessageRepresentation(org.thymeleaf.context.ITemplateContext context,
                                                        Class<?> origin, String key, Object[] arguments) {
            return "??" + key + "_" + context.getLocale().getLanguage() + "??";
        }
    }

    private static java.util.Map<Language, Properties> loadBundles() {
        java.util.Map<Language, Properties> bundles = new java.util.EnumMap<>(Language.class);
        bundles.put(Language.EN, loadMessages("messages.properties"));
        bundles.put(Language.RU, loadMessages("messages_ru.properties"));
        return bundles;
    }

    private static Properties loadMessages(String name) {
        Properties properties = new Properties();
        try (InputStream in = PageRenderer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
