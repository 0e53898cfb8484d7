package news.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PageCacheTest {

    private static final long BOUND = 8L * 1024 * 1024;

    @Test
    void aFloodOfOneOffPagesNeitherOutgrowsTheBoundNorPushesOutThePagesReadersKeepAskingFor() {
        PageCache cache = new PageCache(BOUND);
        for (int i = 0; i < 20; i++) {
            cache.put("/hot/" + i, page(20_000, "article:" + i));
        }
        for (int i = 0; i < 100_000; i++) {
            cache.put("/search?q=flood" + i, page(10_000, "search"));
            if (i % 50 == 0) {
                for (int hot = 0; hot < 20; hot++) {
                    cache.get("/hot/" + hot);
                }
            }
            if (i % 10_000 == 0) {
                assertThat(cache.weight()).isLessThanOrEqualTo(BOUND);
            }
        }

        assertThat(cache.weight()).isLessThanOrEqualTo(BOUND);
        assertThat(cache.size()).isLessThan(1_000);
        for (int hot = 0; hot < 20; hot++) {
            assertThat(cache.get("/hot/" + hot)).as("hot page %d", hot).isNotNull();
        }
    }

    @Test
    void aCacheWithNoMemoryIsSwitchedOffButStillCountsTheNavigationsChanges() {
        PageCache cache = new PageCache(0);
        cache.put("/a", page(1_000, "all"));

        assertThat(cache.putUnlessDroppedSince("/b", page(1_000, "all"), cache.drops())).isFalse();
        assertThat(cache.get("/a")).isNull();
        assertThat(cache.get("/b")).isNull();
        long before = cache.navigationChanges();
        cache.dropTagged(Set.of(news.dateline.platform.CacheTag.NAVIGATION));
        cache.dropTagged(Set.of("article:1"));
        assertThat(cache.navigationChanges()).isEqualTo(before + 1);
    }

    @Test
    void aFullCacheEvictsSinglePagesNotEverything() {
        PageCache cache = new PageCache(1024 * 1024);
        for (int i = 0; i < 500; i++) {
            cache.put("/page/" + i, page(10_000, "all"));
        }

        assertThat(cache.size()).isBetween(50L, 110L);
    }

    @Test
    void aPageRenderedWhileWhatItShowsWasDroppedIsNotStored() throws Exception {
        PageCache cache = new PageCache(BOUND);
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch dropped = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> renderer = threads.submit(() -> {
                long before = cache.drops();
                rendering.countDown();
                dropped.await();
                return cache.putUnlessDroppedSince("/section/world", page(100, "section:world"), before);
            });
            Future<?> change = threads.submit(() -> {
                rendering.await();
                cache.dropTagged(Set.of("section:world"));
                dropped.countDown();
                return null;
            });
            change.get(5, TimeUnit.SECONDS);

            assertThat(renderer.get(5, TimeUnit.SECONDS)).isFalse();
            assertThat(cache.get("/section/world")).as("the page rendered before the change").isNull();
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aPageRenderedWhileSomethingElseWasDroppedIsStored() {
        PageCache cache = new PageCache(BOUND);
        long before = cache.drops();
        cache.dropTagged(Set.of("section:sport"));

        assertThat(cache.putUnlessDroppedSince("/section/world", page(100, "section:world"), before)).isTrue();
        assertThat(cache.get("/section/world")).isNotNull();
    }

    @Test
    void aPageRenderedAcrossMoreDropsThanAreRememberedOrAcrossAClearIsNotStored() {
        PageCache cache = new PageCache(BOUND);
        long beforeMany = cache.drops();
        for (int i = 0; i <= PageCache.RECENT_DROPS; i++) {
            cache.dropTagged(Set.of("article:" + i));
        }
        long beforeClear = cache.drops();
        cache.clear();

        assertThat(cache.putUnlessDroppedSince("/a", page(100, "section:world"), beforeMany)).isFalse();
        assertThat(cache.putUnlessDroppedSince("/b", page(100, "section:world"), beforeClear)).isFalse();
        assertThat(cache.putUnlessDroppedSince("/c", page(100, "section:world"), cache.drops())).isTrue();
    }

    @Test
    void somethingReadBeforeDropsIsCurrentAsOfTheLatestUnlessOneOfItsTagsWasDroppedOrTooManyCame() {
        PageCache cache = new PageCache(0);
        long read = cache.drops();
        assertThat(cache.currentAsOf(read, Set.of("article:1"))).as("no drop since").isEqualTo(read);

        cache.dropTagged(Set.of("section:sport", "article:2"));
        long afterOther = cache.drops();
        assertThat(cache.currentAsOf(read, Set.of("article:1", "navigation"))).as("others dropped")
                .isEqualTo(afterOther).isGreaterThan(read);

        cache.dropTagged(Set.of("article:1"));
        assertThat(cache.currentAsOf(read, Set.of("article:1"))).as("its own tag dropped").isEqualTo(-1);
        assertThat(cache.currentAsOf(afterOther, Set.of("article:1"))).as("dropped after the other").isEqualTo(-1);
        assertThat(cache.currentAsOf(cache.drops(), Set.of("article:1"))).as("read again after it")
                .isEqualTo(cache.drops());

        long beforeMany = cache.drops();
        for (int i = 0; i <= PageCache.RECENT_DROPS; i++) {
            cache.dropTagged(Set.of("article:" + (1000 + i)));
        }
        assertThat(cache.currentAsOf(beforeMany, Set.of("article:1"))).as("more drops than remembered").isEqualTo(-1);
        long beforeClear = cache.drops();
        cache.clear();
        assertThat(cache.currentAsOf(beforeClear, Set.of("article:1"))).as("a clearing").isEqualTo(-1);
    }

    @Test
    void aChangeDropsExactlyThePagesWithItsTags() {
        PageCache cache = new PageCache(BOUND);
        cache.put("/a", page(100, "article:1"));
        cache.put("/b", page(100, "article:2"));

        cache.dropTagged(Set.of("article:1"));

        assertThat(cache.get("/a")).isNull();
        assertThat(cache.get("/b")).isNotNull();
    }

    @Test
    void aGzipCopyAddedLaterIsKeptOnlyWithThePageItWasMadeFrom() {
        PageCache cache = new PageCache(BOUND);
        PageCache.Page plain = page(2_000, "article:1", "\"v1\"", null);
        cache.put("/a", plain);

        cache.addGzipBody("/a", cache.get("/a"), new byte[] {1, 2, 3});
        assertThat(cache.get("/a").gzipBody()).containsExactly(1, 2, 3);
        assertThat(cache.get("/a").body()).isEqualTo(plain.body());
        assertThat(cache.get("/a", true).gzipBody()).containsExactly(1, 2, 3);
        assertThat(cache.get("/a", true).body()).as("a gzip client gets only the gzip copy").isNull();

        PageCache.Page read = cache.get("/a");
        cache.dropTagged(Set.of("article:1"));
        cache.addGzipBody("/a", read, new byte[] {4});
        assertThat(cache.get("/a")).as("a dropped page is not brought back").isNull();

        PageCache.Page older = page(2_000, "article:1", "\"v1\"", null);
        PageCache.Page newer = page(2_100, "article:1", "\"v2\"", null);
        cache.put("/a", newer);
        cache.addGzipBody("/a", older, new byte[] {5});
        assertThat(cache.get("/a").gzipBody()).as("an older page's copy does not join a newer page").isNull();
        assertThat(cache.get("/a").body()).hasSize(2_100);
        assertThat(cache.get("/b", true)).isNull();
    }

    @Test
    void thePagesMemoryIsGivenBackWhenPagesLeaveTheCacheHoweverTheyLeave() {
        PageCache cache = new PageCache(1024 * 1024);
        for (int i = 0; i < 500; i++) {
            cache.put("/page/" + i, page(10_000, "article:" + (i % 3)));
            cache.put("/page/" + i, page(9_000, "article:" + (i % 3)));
            cache.addGzipBody("/page/" + i, cache.get("/page/" + i), new byte[3_000]);
        }
        assertThat(cache.bytesInMemory()).isPositive().isLessThanOrEqualTo(1024 * 1024);
        cache.put("/huge", page(2 * 1024 * 1024, "article:9"));
        assertThat(cache.get("/huge")).as("a page larger than the cache").isNull();

        cache.dropTagged(Set.of("article:0"));
        cache.putUnlessDroppedSince("/late", page(5_000, "article:1"), cache.drops() - 1);
        cache.put("/kept", page(5_000, "article:2"));
        cache.clear();

        assertThat(cache.size()).isZero();
        assertThat(cache.bytesInMemory()).isZero();
    }

    /**
     * Many readers copy pages while writers replace them in a cache far too small for them, so that every
     * block is reused again and again: a reader gets either nothing or exactly the page that was stored,
     * never a page whose blocks were given to another one while it was being copied.
     */
    @Test
    void aPageEvictedWhileBeingReadIsNeverOverwrittenUnderTheReader() throws Exception {
        PageCache cache = new PageCache(256 * 1024);
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1_500);
        try {
            List<Future<long[]>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    Random random = new Random(thread);
                    long reads = 0;
                    long checked = 0;
                    while (System.nanoTime() < deadline) {
                        String key = "/page/" + random.nextInt(40);
                        if (thread % 2 == 0) {
                            byte fill = (byte) random.nextInt(256);
                            PageCache.Page page = page(1_000 + random.nextInt(30_000), "all", "\"" + fill + "\"",
                                    fill);
                            cache.put(key, page);
                            cache.addGzipBody(key, page, filled(500 + random.nextInt(5_000), fill));
                        } else {
                            PageCache.Page read = cache.get(key, random.nextBoolean());
                            reads++;
                            if (read != null) {
                                byte fill = Byte.parseByte(read.etag().replace("\"", ""));
                                assertFilledWith(read.body(), fill);
                                assertFilledWith(read.gzipBody(), fill);
                                checked++;
                            }
                        }
                    }
                    return new long[] {reads, checked};
                }));
            }
            long checked = 0;
            for (Future<long[]> result : results) {
                checked += result.get(30, TimeUnit.SECONDS)[1];
            }
            assertThat(checked).as("pages read and checked").isGreaterThan(1_000);
        } finally {
            pool.shutdownNow();
        }
        cache.clear();
        assertThat(cache.bytesInMemory()).isZero();
    }

    private static void assertFilledWith(byte[] bytes, byte fill) {
        if (bytes == null) {
            return;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != fill) {
                throw new AssertionError("byte " + i + " of " + bytes.length + " is " + bytes[i] + ", not " + fill);
            }
        }
    }

    private static byte[] filled(int length, byte fill) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, fill);
        return bytes;
    }

    private static PageCache.Page page(int bytes, String tag, String etag, Byte fill) {
        return new PageCache.Page(filled(bytes, fill == null ? (byte) 'x' : fill), null, "text/html", etag, null,
                "public", Set.of(tag));
    }

    private static PageCache.Page page(int bytes, String tag) {
        byte[] body = new byte[bytes];
        Arrays.fill(body, (byte) 'x');
        return new PageCache.Page(body, "<gz>".getBytes(StandardCharsets.UTF_8), "text/html", "\"e\"", null,
                "public", Set.of(tag));
    }
}
