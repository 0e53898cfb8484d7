package news.dateline.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files under {@code assets/} on the classpath (stylesheets, scripts), each with a fingerprint of
 * its content so that its URL changes whenever the file does.
 *
 * <p>Names ending in {@code .mjs} are ES modules: the application's own ({@code assets/*.mjs}) and
 * the libraries listed in {@code assets/modules.properties}, read from their WebJars. In every module
 * an import of a library by its bare name ({@code from 'prosemirror-model'}) is rewritten to that
 * library's fingerprinted address ({@code from '/assets/prosemirror-model.mjs?v=…'}), so the browser
 * resolves modules without an import map: the Content-Security-Policy stays {@code script-src 'self'}
 * with no inline script and no hash, and each module's address changes whenever it or anything it
 * imports does. A module that imports something unknown is refused when it is first asked for.
 */
@ApplicationScoped
public class StaticAssets {

    /** A loaded asset. */
    public record Asset(String name, byte[] bytes, String fingerprint, String mediaType) {
    }

    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=UTF-8",
            "js", "text/javascript;charset=UTF-8",
            "mjs", "text/javascript;charset=UTF-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon");

    /** Static imports and re-exports: {@code import x from 'y'}, {@code import 'y'}, {@code export {a} from 'y'}. */
    static final Pattern IMPORT = Pattern.compile(
            "(?m)^([ \\t]*(?:import|export)\\s*(?:[\\w$*{}\\s,]+?\\s*from\\s*)?)(['\"])([^'\"\\n]+)\\2");

    private final Map<String, Optional<Asset>> loaded = new ConcurrentHashMap<>();
    private final Map<String, Optional<Asset>> modules = new HashMap<>();
    private final Properties libraries = libraries();

    public Optional<Asset> find(String name) {
        if (!name.matches("[a-z0-9][a-z0-9._-]*") || name.contains("..")) {
            return Optional.empty();
        }
        if (name.endsWith(".mjs")) {
            return module(name, new HashSet<>());
        }
        Optional<Asset> asset = loaded.get(name);
        if (asset == null) {
            asset = load(name);
            if (asset.isPresent()) {
                loaded.put(name, asset);
            }
        }
        return asset;
    }

    /** The URL path of an asset, fingerprinted, e.g. {@code /assets/site.css?v=3f2a...}. */
    public String url(String name) {
        Asset asset = find(name).orElseThrow(() -> new IllegalArgumentException("No asset " + name));
        return "/assets/" + name + "?v=" + asset.fingerprint();
    }

    private synchronized Optional<Asset> module(String name, Set<String> importing) {
        Optional<Asset> known = modules.get(name);
        if (known != null) {
            return known;
        }
        if (!importing.add(name)) {
            throw new IllegalStateException("The module " + name + " imports itself through " + importing);
        }
        String base = name.substring(0, name.length() - ".mjs".length());
        String source = libraries.containsKey(base) ? library(base) : text("assets/" + name);
        if (source == null) {
            importing.remove(name);
            return Optional.empty();
        }
        Optional<Asset> asset = Optional.of(source).map(text -> {
            byte[] bytes = rewriteImports(name, text, importing).getBytes(StandardCharsets.UTF_8);
            return new Asset(name, bytes, fingerprint(bytes), TYPES.get("mjs"));
        });
        importing.remove(name);
        modules.put(name, asset);
        return asset;
    }

    private String rewriteImports(String name, String source, Set<String> importing) {
        Matcher imports = IMPORT.matcher(source);
        StringBuilder rewritten = new StringBuilder();
        while (imports.find()) {
            String specifier = imports.group(3);
            if (!libraries.containsKey(specifier)) {
                throw new IllegalStateException("The module " + name + " imports " + specifier
                        + ", which assets/modules.properties does not list");
            }
            String target = specifier + ".mjs";
            Asset imported = module(target, importing).orElseThrow(() -> new IllegalStateException(
                    "The module " + specifier + " is not on the classpath"));
            imports.appendReplacement(rewritten, Matcher.quoteReplacement(imports.group(1) + imports.group(2)
                    + "/assets/" + target + "?v=" + imported.fingerprint() + imports.group(2)));
        }
        imports.appendTail(rewritten);
        return rewritten.toString();
    }

    /** A library's module file, from its WebJar (the version is the jar's). */
    private String library(String base) {
        String[] entry = libraries.getProperty(base).split(":", 2);
        Properties pom = new Properties();
        String pomPath = "META-INF/maven/org.webjars.npm/" + entry[0] + "/pom.properties";
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(pomPath)) {
            if (in == null) {
                return null;
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text("META-INF/resources/webjars/" + entry[0] + "/" + pom.getProperty("version") + "/" + entry[1]);
    }

    private static String text(String path) {
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fingerprint(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes), 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties libraries() {
        Properties properties = new Properties();
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream("assets/modules.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static Optional<Asset> load(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1);
        String type = TYPES.get(extension);
        if (type == null || name.equals("modules.properties")) {
            return Optional.empty();
        }
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream("assets/" + name)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            return Optional.of(new Asset(name, bytes, fingerprint(bytes), type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
