package news.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
    void aChangeDropsExactlyThePagesWithItsTags() {
        PageCache cache = new PageCache(BOUND);
        cache.put("/a", page(100, "article:1"));
        cache.put("/b", page(100, "article:2"));

        cache.dropTagged(Set.of("article:1"));

        assertThat(cache.get("/a")).isNull();
        assertThat(cache.get("/b")).isNotNull();
    }

    @Test
    void aGzipCopyAddedLaterReplacesThePageOnlyWhileItIsStillKept() {
        PageCache cache = new PageCache(BOUND);
        PageCache.Page plain = page(2_000, "article:1");
        cache.put("/a", plain);

        PageCache.Page compressed = plain.withGzipBody(new byte[] {1, 2, 3});
        cache.replace("/a", plain, compressed);
        assertThat(cache.get("/a")).isSameAs(compressed);

        cache.dropTagged(Set.of("article:1"));
        cache.replace("/a", compressed, compressed.withGzipBody(new byte[] {4}));
        assertThat(cache.get("/a")).as("a dropped page is not brought back").isNull();

        PageCache.Page rendered = page(2_000, "article:1");
        cache.put("/a", rendered);
        cache.replace("/a", plain, plain.withGzipBody(new byte[] {5}));
        assertThat(cache.get("/a")).as("an older page does not replace a newer one").isSameAs(rendered);
    }

    private static PageCache.Page page(int bytes, String tag) {
        byte[] body = new byte[bytes];
        Arrays.fill(body, (byte) 'x');
        return new PageCache.Page(body, "<gz>".getBytes(StandardCharsets.UTF_8), "text/html", "\"e\"", null,
                "public", Set.of(tag));
    }
}
