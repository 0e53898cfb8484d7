package news.dateline.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import news.dateline.platform.PageRenderer;

/** The texts of {@code messages.properties} for messages the media library hands to callers as text. */
final class MediaTexts {

    private static final Properties TEXTS = load();

    private MediaTexts() {
    }

    static String text(String key, Object... arguments) {
        String pattern = TEXTS.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("No text for message key " + key);
        }
        return new MessageFormat(pattern, PageRenderer.SITE_LOCALE).format(arguments);
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = MediaTexts.class.getClassLoader().getResourceAsStream("messages.properties")) {
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
