package news.dateline.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which public routes are cached, and under which key: the path plus only the query parameters that
 * route reads, first value each, in a fixed order and one encoding. Anything else in the query
 * (tracking parameters, junk) neither creates an entry nor reaches the page.
 */
record CacheKey(String path, Map<String, String> parameters) {

    /** Longer paths or values than these are never cached (they are still answered). */
    static final int MAX_PATH = 512;
    static final int MAX_VALUE = 512;

    private static final List<String> LISTING_PARAMETERS = List.of("before");
    private static final List<String> SEARCH_PARAMETERS = List.of("q", "section", "from", "to", "page");
    private static final List<String> LISTING_PREFIXES = List.of("/section/", "/tag/", "/author/");
    private static final List<String> OTHER_PREFIXES = List.of("/news/", "/feeds/", "/sitemaps/", "/live/");
    private static final List<String> OTHER_PATHS = List.of("/sitemap.xml", "/news-sitemap.xml", "/robots.txt");

    /** Looks a parameter up in the request: first value, or null. */
    interface Parameters {
        String first(String name);
    }

    /** The key for a request of a cached route, or empty when the route is not cached or the request is odd. */
    static Optional<CacheKey> of(String path, Parameters query) {
        Optional<List<String>> read = parametersRead(path);
        if (read.isEmpty() || path.length() > MAX_PATH || path.indexOf(';') >= 0 || path.indexOf('%') >= 0) {
            return Optional.empty();
        }
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : read.get()) {
            String value = query.first(name);
            if (value != null && !value.isEmpty()) {
                if (value.length() > MAX_VALUE) {
                    return Optional.empty();
                }
                kept.put(name, value);
            }
        }
        return Optional.of(new CacheKey(path, kept));
    }

    /** The parameters a cached route reads; empty when the route is not cached. */
    static Optional<List<String>> parametersRead(String path) {
        if (path.equals("/") || path.equals("/news") || (LISTING_PREFIXES.stream().anyMatch(path::startsWith) && !path.contains("/feed."))) {
            return Optional.of(LISTING_PARAMETERS);
        }
        if (path.equals("/search")) {
            return Optional.of(SEARCH_PARAMETERS);
        }
        if (OTHER_PATHS.contains(path) || OTHER_PREFIXES.stream().anyMatch(path::startsWith)
                || LISTING_PREFIXES.stream().anyMatch(path::startsWith)) {
            return Optional.of(List.of());
        }
        return Optional.empty();
    }

    /** The query string the page is rendered from: only the kept parameters. */
    String queryString() {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
        return query.toString();
    }

    @Override
    public String toString() {
        String query = queryString();
        return query.isEmpty() ? path : path + "?" + query;
    }
}
