package news.dateline.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files under {@code assets/} on the classpath (stylesheets), each with a fingerprint of its
 * content so that its URL changes whenever the file does.
 */
@ApplicationScoped
public class StaticAssets {

    /** A loaded asset. */
    public record Asset(String name, byte[] bytes, String fingerprint, String mediaType) {
    }

    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=UTF-8",
            "js", "text/javascript;charset=UTF-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon");

    private final Map<String, Optional<Asset>> loaded = new ConcurrentHashMap<>();

    public Optional<Asset> find(String name) {
        if (!name.matches("[a-z0-9][a-z0-9._-]*") || name.contains("..")) {
            return Optional.empty();
        }
        return loaded.computeIfAbsent(name, StaticAssets::load);
    }

    /** The URL path of an asset, fingerprinted, e.g. {@code /assets/site.css?v=3f2a...}. */
    public String url(String name) {
        Asset asset = find(name).orElseThrow(() -> new IllegalArgumentException("No asset " + name));
        return "/assets/" + name + "?v=" + asset.fingerprint();
    }

    private static Optional<Asset> load(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1);
        String type = TYPES.get(extension);
        if (type == null) {
            return Optional.empty();
        }
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream("assets/" + name)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            return Optional.of(new Asset(name, bytes, CachedResponses.digest(bytes).substring(0, 12), type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
