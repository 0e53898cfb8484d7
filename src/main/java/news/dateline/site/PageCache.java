package news.dateline.site;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered public pages, by path and query, as they were sent (bytes and headers), each with the
 * tags of what it shows. A change drops exactly the pages with its tags (see {@link SiteGeneration});
 * the whole cache goes only when it grows past a bound or the database cannot be asked.
 */
@ApplicationScoped
public class PageCache {

    /** About 15 kB a page: at most some 75 MB of heap. */
    static final int MAX_ENTRIES = 5_000;

    /** A page as it was sent, with the tags of what it shows. */
    public record Page(byte[] body, String contentType, String etag, String lastModified, String cacheControl,
                       Set<String> tags) {
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

    /** Drops exactly the pages that show something with one of these tags. */
    public void dropTagged(Set<String> changed) {
        pages.values().removeIf(page -> page.tags().stream().anyMatch(changed::contains));
    }

    public int size() {
        return pages.size();
    }
}
