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
 * The pages' bytes are kept outside the Java heap (see {@link PageMemory}); {@link #get} hands out a
 * copy.
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
    }

    /** A kept page: its bytes in {@link PageMemory}, the rest on the heap. */
    private record Entry(PageMemory.Stored body, PageMemory.Stored gzipBody, String contentType, String etag,
                         String lastModified, String cacheControl, Set<String> tags) {

        int weight(String key) {
            int blocks = body.blocks() + (gzipBody == null ? 0 : gzipBody.blocks());
            return blocks * PageMemory.BLOCK + 2 * key.length() + 64 * tags.size() + ENTRY_OVERHEAD;
        }

        /**
         * The page, copied to the heap; null when it left the cache (and its memory) while being read.
         * For a client that takes gzip only the gzip copy is copied when there is one (the body is then
         * null).
         */
        Page read(boolean gzip) {
            if (gzip && gzipBody != null) {
                if (!gzipBody.hold()) {
                    return null;
                }
                try {
                    return new Page(null, gzipBody.copy(), contentType, etag, lastModified, cacheControl, tags);
                } finally {
                    gzipBody.release();
                }
            }
            if (!body.hold()) {
                return null;
            }
            try {
                if (gzipBody == null) {
                    return new Page(body.copy(), null, contentType, etag, lastModified, cacheControl, tags);
                }
                if (!gzipBody.hold()) {
                    return null;
                }
                try {
                    return new Page(body.copy(), gzipBody.copy(), contentType, etag, lastModified, cacheControl,
                            tags);
                } finally {
                    gzipBody.release();
                }
            } finally {
                body.release();
            }
        }

        void release() {
            body.release();
            if (gzipBody != null) {
                gzipBody.release();
            }
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

    private PageMemory memory;
    private Cache<String, Entry> pages;
    /** False when the cache is switched off (no memory given to it): every page is rendered. */
    private boolean enabled = true;
    /** Written under this object's lock; read without it where an older answer is safe. */
    private volatile long drops;
    /** Drops that may change the section navigation every page shows: those of its tag, and clearings. */
    private volatile long navigationChanges;
    private final ArrayDeque<Drop> recentDrops = new ArrayDeque<>();

    public PageCache() {
    }

    /** A cache of at most {@code maxBytes}, for tests. */
    PageCache(long maxBytes) {
        build(maxBytes);
    }

    @PostConstruct
    void start() {
        build(settings.pageCacheMegabytes() * 1024L * 1024L);
    }

    /**
     * The cache proper is bounded at seven eighths of the memory: the rest takes the pages being stored
     * before the eviction they cause, and evicted pages still being sent.
     */
    private void build(long maxBytes) {
        memory = new PageMemory(maxBytes);
        pages = Caffeine.newBuilder()
                .maximumWeight(maxBytes - maxBytes / 8)
                .<String, Entry>weigher((key, entry) -> entry.weight(key))
                .<String, Entry>removalListener((key, entry, cause) -> entry.release())
                .executor(Runnable::run)
                .build();
        enabled = maxBytes > 0;
    }

    /** A copy of the page kept under {@code key}, or null. */
    public Page get(String key) {
        return get(key, false);
    }

    /**
     * A copy of the page kept under {@code key}, or null; for a client that takes gzip ({@code gzip}),
     * only its gzip copy when it has one, with a null body.
     */
    public Page get(String key, boolean gzip) {
        if (!enabled) {
            return null;
        }
        Entry entry = pages.getIfPresent(key);
        return entry == null ? null : entry.read(gzip);
    }

    public void put(String key, Page page) {
        Entry entry = enabled ? entry(page) : null;
        if (entry != null) {
            pages.put(key, entry);
        }
    }

    /** The page copied into the cache's memory, or null when it has no room for it even after evicting. */
    private Entry entry(Page page) {
        Entry entry = tryEntry(page);
        if (entry == null) {
            pages.cleanUp();
            entry = tryEntry(page);
        }
        return entry;
    }

    private Entry tryEntry(Page page) {
        PageMemory.Stored body = memory.store(page.body());
        if (body == null) {
            return null;
        }
        PageMemory.Stored gzip = null;
        if (page.gzipBody() != null) {
            gzip = memory.store(page.gzipBody());
            if (gzip == null) {
                body.release();
                return null;
            }
        }
        return new Entry(body, gzip, page.contentType(), page.etag(), page.lastModified(), page.cacheControl(),
                page.tags());
    }

    /**
     * How many drops there have been: taken before a page is rendered and handed to
     * {@link #putUnlessDroppedSince}, it tells whether what the page shows changed while it was rendered.
     */
    public long drops() {
        return drops;
    }

    /**
     * Stores a page rendered after {@link #drops()} answered {@code dropsBefore}, unless one of its
     * tags was dropped since then: the page may show data from before that change, and storing it
     * now would keep the old version after the drop that was meant to remove it.
     *
     * @return whether the page was stored
     */
    public boolean putUnlessDroppedSince(String key, Page page, long dropsBefore) {
        Entry entry = enabled ? entry(page) : null;
        if (entry == null) {
            return false;
        }
        if (!putUnlessDroppedSince(key, entry, dropsBefore)) {
            entry.release();
            return false;
        }
        return true;
    }

    private synchronized boolean putUnlessDroppedSince(String key, Entry page, long dropsBefore) {
        if (droppedSince(dropsBefore, page.tags())) {
            return false;
        }
        pages.put(key, page);
        return true;
    }

    /**
     * Whether something read after {@link #drops()} answered {@code dropsBefore}, and showing what
     * these tags name, is still current: the number of drops it is current as of, or -1 when one of
     * its tags was dropped since (or so many drops came since that they are no longer remembered).
     * Works with the cache switched off too: drops are counted all the same.
     */
    public long currentAsOf(long dropsBefore, Set<String> tags) {
        long now = drops;
        if (now == dropsBefore) {
            return now;
        }
        synchronized (this) {
            return droppedSince(dropsBefore, tags) ? -1 : drops;
        }
    }

    private boolean droppedSince(long dropsBefore, Set<String> tags) {
        if (dropsBefore == drops) {
            return false;
        }
        if (recentDrops.isEmpty() || recentDrops.peekFirst().number() > dropsBefore + 1) {
            return true;
        }
        for (Drop drop : recentDrops) {
            if (drop.number() > dropsBefore && drop.hits(tags)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds a gzip copy to the page kept under {@code key}, only while that is still the page that was
     * read (the same bytes, by their validator) and has none: a page dropped meanwhile is not brought
     * back, and a newer one keeps its own bytes.
     */
    public void addGzipBody(String key, Page read, byte[] gzipBody) {
        if (!enabled) {
            return;
        }
        Entry current = pages.getIfPresent(key);
        if (current == null || current.gzipBody() != null || !current.etag().equals(read.etag())
                || !current.body().hold()) {
            return;
        }
        PageMemory.Stored gzip = memory.store(gzipBody);
        if (gzip == null) {
            current.body().release();
            return;
        }
        Entry updated = new Entry(current.body(), gzip, current.contentType(), current.etag(),
                current.lastModified(), current.cacheControl(), current.tags());
        if (!pages.asMap().replace(key, current, updated)) {
            updated.release();
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

    /** The bytes of the memory outside the heap that holds pages (kept, or evicted and still being read). */
    long bytesInMemory() {
        return (long) memory.blocksInUse() * PageMemory.BLOCK;
    }

    /** The bytes the cached pages take, as the bound counts them. */
    public long weight() {
        pages.cleanUp();
        return pages.policy().eviction().map(e -> e.weightedSize().orElse(0L)).orElse(0L);
    }
}
