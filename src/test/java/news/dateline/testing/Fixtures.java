package news.dateline.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The reference wire story and its photo, as shipped in the application's demo resources. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String seedArticle() {
        return new String(bytes("demo/seed-article.txt"), StandardCharsets.UTF_8);
    }

    /** The page's visible lines in order, without the blank ones. */
    public static List<String> seedArticleLines() {
        return seedArticle().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public static byte[] samplePhoto() {
        return bytes("demo/sample-photo.jpg");
    }

    private static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
