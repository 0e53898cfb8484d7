package news.dateline.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The site's configured public address: an absolute http(s) origin such as {@code https://news.example}. */
public record PublicUrl(String scheme, String host, int port) {

    /** @throws IllegalStateException when the value is not an http(s) address without path, query or fragment */
    public static PublicUrl parse(String value) {
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null
                    || !(path.isEmpty() || path.equals("/"))) {
                throw new IllegalStateException("dateline.public-url must look like https://news.example, not: " + value);
            }
            return new PublicUrl(scheme, uri.getHost().toLowerCase(Locale.ROOT), uri.getPort());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("dateline.public-url is not an address: " + value, e);
        }
    }

    @Override
    public String toString() {
        return scheme + "://" + host + (port < 0 ? "" : ":" + port);
    }
}
