package news.dateline.site;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered public pages, by path and query, as they were sent (bytes and headers). Dropped as a
 * whole whenever the site changes (see {@link SiteGeneration}), and when it grows past a bound.
 */
@ApplicationScoped
public class PageCache {

    /** About 15 kB a page: at most some 75 MB of heap. */
    static final int MAX_ENTRIES = 5_000;

    /** A page as it was sent. */
    public record Page(byte[] body, String contentType, String etag, String lastModified, String cacheControl) {
    }

    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    public Page get(String key) {
        return pages.get(key);
    }

    public void put(String key, Page page) {
        if (pages.size() >= MAX_ENTRIES) {
            pages.clear();
        }
        pages.put(key, page);
    }

    public void clear() {
        pages.clear();
    }

    public int size() {
        return pages.size();
    }
}
