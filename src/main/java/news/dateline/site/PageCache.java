package news.dateline.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
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

    /**
     * A page as it was sent, with the tags of what it shows; {@code gzipBody} is null when not worth it
     * or not asked for yet.
     */
    public record Page(byte[] body, byte[] gzipBody, String contentType, String etag, String lastModified,
                       String cacheControl, Set<String> tags) {

        Page withGzipBody(byte[] gzip) {
            return new Page(body, gzip, contentType, etag, lastModified, cacheControl, tags);
        }

        int weight(String key) {
            return body.length + (gzipBody == null ? 0 : gzipBody.length) + 2 * key.length()
                    + 64 * tags.size() + ENTRY_OVERHEAD;
        }
    }

    @Inject
    Settings settings;

    /** A drop, numbered; {@code tags} is null when everything was dropped. */
    private record Drop(long number, Set<String> tags) {

        boolean hits(Set<String> pageTags) {
            return tags == null || pageTags.stream().anyMatch(tags::contains);
        }
    }

    /** How many drops are remembered for pages being rendered; a page that saw more is not stored. */
    static final int RECENT_DROPS = 256;

    private Cache<String, Page> pages;
    /** False when the cache is switched off (no memory given to it): every page is rendered. */
    private boolean enabled = true;
    private long drops;
    /** Drops that may change the section navigation every page shows: those of its tag, and clearings. */
    private volatile long navigationChanges;
    private final ArrayDeque<Drop> recentDrops = new ArrayDeque<>();

    public PageCache() {
    }

    /** A cache of at most {@code maxBytes}, for tests. */
    PageCache(long maxBytes) {
        pages = build(maxBytes);
        enabled = maxBytes > 0;
    }

    @PostConstruct
    void start() {
        long maxBytes = settings.pageCacheMegabytes() * 1024L * 1024L;
        pages = build(maxBytes);
        enabled = maxBytes > 0;
    }

    private static Cache<String, Page> build(long maxBytes) {
        return Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .<String, Page>weigher((key, page) -> page.weight(key))
                .executor(Runnable::run)
                .build();
    }

    public Page get(String key) {
        return enabled ? pages.getIfPresent(key) : null;
    }

    public void put(String key, Page page) {
        if (enabled) {
            pages.put(key, page);
        }
    }

    /**
     * How many drops there have been: taken before a page is rendered and handed to
     * {@link #putUnlessDroppedSince}, it tells whether what the page shows changed while it was rendered.
     */
    public synchronized long drops() {
        return drops;
    }

    /**
     * Stores a page rendered after {@link #drops()} answered {@code dropsBefore}, unless one of its
     * tags was dropped since then: the page may show data from before that change, and storing it
     * now would keep the old version after the drop that was meant to remove it.
     *
     * @return whether the page was stored
     */
    public synchronized boolean putUnlessDroppedSince(String key, Page page, long dropsBefore) {
        if (dropsBefore != drops) {
            if (recentDrops.isEmpty() || recentDrops.peekFirst().number() > dropsBefore + 1) {
                return false;
            }
            for (Drop drop : recentDrops) {
                if (drop.number() > dropsBefore && drop.hits(page.tags())) {
                    return false;
                }
            }
        }
        if (!enabled) {
            return false;
        }
        pages.put(key, page);
        return true;
    }

    /**
     * Puts {@code updated} in place of {@code current} only while {@code current} is still the page kept
     * under {@code key}: a page dropped (or rendered again) meanwhile is not brought back.
     */
    public void replace(String key, Page current, Page updated) {
        if (enabled) {
            pages.asMap().replace(key, current, updated);
        }
    }

    public synchronized void clear() {
        navigationChanges++;
        remember(null);
        pages.invalidateAll();
    }

    /** Drops exactly the pages that show something with one of these tags. */
    public synchronized void dropTagged(Set<String> changed) {
        if (changed.contains(news.dateline.platform.CacheTag.NAVIGATION)) {
            navigationChanges++;
        }
        remember(Set.copyOf(changed));
        pages.asMap().values().removeIf(page -> page.tags().stream().anyMatch(changed::contains));
    }

    private void remember(Set<String> tags) {
        recentDrops.addLast(new Drop(++drops, tags));
        while (recentDrops.size() > RECENT_DROPS) {
            recentDrops.removeFirst();
        }
    }

    /**
     * How many times the section navigation may have changed (a drop of its tag, on this server's
     * commit or another's, or a clearing): taken before the navigation is read, it tells whether what
     * was read is still current.
     */
    public long navigationChanges() {
        return navigationChanges;
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
