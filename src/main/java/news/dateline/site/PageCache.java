package news.dateline.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import news.dateline.platform.Settings;

/**
 * Rendered public pages, by normalised route (see {@link CacheKey}), as they were sent (bytes, a
 * gzip copy and headers), each with the tags of what it shows. A change drops exactly the pages with
 * its tags (see {@link SiteGeneration}). The cache is bounded by the bytes it holds
 * ({@code dateline.page-cache-mb}); when full it evicts single pages, preferring those read least
 * often and least recently, so a flood of one-off pages never pushes out the pages readers keep asking for.
 */
@ApplicationScoped
public class PageCache {

    /** What an entry costs besides its bodies: key, headers, tags, map nodes. */
    static final int ENTRY_OVERHEAD = 512;

    /** A page as it was sent, with the tags of what it shows; {@code gzipBody} is null when not worth it. */
    public record Page(byte[] body, byte[] gzipBody, String contentType, String etag, String lastModified,
                       String cacheControl, Set<String> tags) {

        int weight(String key) {
            return body.length + (gzipBody == null ? 0 : gzipBody.length) + 2 * key.length()
                    + 64 * tags.size() + ENTRY_OVERHEAD;
        }
    }

    @Inject
    Settings settings;

    private Cache<String, Page> pages;

    public PageCache() {
    }

    /** A cache of at most {@code maxBytes}, for tests. */
    PageCache(long maxBytes) {
        pages = build(maxBytes);
    }

    @PostConstruct
    void start() {
        pages = build(settings.pageCacheMegabytes() * 1024L * 1024L);
    }

    private static Cache<String, Page> build(long maxBytes) {
        return Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .<String, Page>weigher((key, page) -> page.weight(key))
                .executor(Runnable::run)
                .build();
    }

    public Page get(String key) {
        return pages.getIfPresent(key);
    }

    public void put(String key, Page page) {
        pages.put(key, page);
    }

    public void clear() {
        pages.invalidateAll();
    }

    /** Drops exactly the pages that show something with one of these tags. */
    public void dropTagged(Set<String> changed) {
        pages.asMap().values().removeIf(page -> page.tags().stream().anyMatch(changed::contains));
    }

    public long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }

    /** The bytes the cached pages take, as the bound counts them. */
    public long weight() {
        pages.cleanUp();
        return pages.policy().eviction().map(e -> e.weightedSize().orElse(0L)).orElse(0L);
    }
}
