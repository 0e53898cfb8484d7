package news.dateline.platform;

import java.util.Collection;
import java.util.TreeSet;

/**
 * The response headers that name a public response's cache tags for the HTTP caches in front of the
 * site: {@code xkey} (Varnish's xkey module) and {@code Surrogate-Key} (CDNs), both space-separated.
 */
public final class SurrogateKeys {

    public static final String XKEY = "xkey";
    public static final String SURROGATE_KEY = "Surrogate-Key";

    private SurrogateKeys() {
    }

    /** The cache tags as a header value: sorted, space-separated. */
    public static String of(Collection<String> tags) {
        return String.join(" ", new TreeSet<>(tags));
    }
}
