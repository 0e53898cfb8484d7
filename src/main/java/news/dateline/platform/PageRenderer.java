package news.dateline.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.messageresolver.StandardMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders Thymeleaf templates from {@code templates/} with the texts of {@code messages.properties}.
 * Templates receive view records only, never managed entities.
 */
@ApplicationScoped
public class PageRenderer {

    public static final Locale SITE_LOCALE = Locale.ENGLISH;
    private static final Properties MESSAGES = loadMessages();

    private final TemplateEngine engine = configure();

    private static TemplateEngine configure() {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver(PageRenderer.class.getClassLoader());
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding(StandardCharsets.UTF_8.name());
        templates.setCacheable(true);

        StandardMessageResolver messages = new StandardMessageResolver();
        messages.setDefaultMessages(MESSAGES);

        org.thymeleaf.standard.StandardDialect dialect = new org.thymeleaf.standard.StandardDialect();
        dialect.setVariableExpressionEvaluator(new RecordPropertyExpressions());
        TemplateEngine engine = new TemplateEngine();
        engine.setDialect(dialect);
        engine.setTemplateResolver(templates);
        engine.setMessageResolver(messages);
        return engine;
    }

    public String render(String template, Map<String, Object> model) {
        Context context = new Context(SITE_LOCALE, model);
        return engine.process(template, context);
    }

    /**
     * A message of {@code messages.properties} as text, for the few places that hand a message on as
     * text rather than as a key for a template.
     *
     * @throws IllegalArgumentException when there is no such message
     */
    public static String message(String key, Object... arguments) {
        String pattern = MESSAGES.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("No message " + key);
        }
        return new java.text.MessageFormat(pattern, SITE_LOCALE).format(arguments);
    }

    private static Properties loadMessages() {
        Properties properties = new Properties();
        try (InputStream in = PageRenderer.class.getClassLoader().getResourceAsStream("messages.properties")) {
            if (in == null) {
                throw new IllegalStateException("messages.properties is missing from the classpath");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
