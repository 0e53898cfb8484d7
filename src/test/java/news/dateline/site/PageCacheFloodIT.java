package news.dateline.site;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import news.dateline.article.Article;
import news.dateline.platform.PageKey;
import news.dateline.testing.Deployments;
import news.dateline.testing.RawHttp;
import news.dateline.testing.SiteClient;
import news.dateline.testing.TestContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A flood of distinct URLs neither fills the heap nor evicts the pages readers read: parameters a
 * page does not read make no entry, real one-off pages are bounded by bytes, and a megabyte of query
 * string is refused at the listener.
 */
@ExtendWith(ArquillianExtension.class)
class PageCacheFloodIT {

    private static final int FLOOD = 100_000;
    /** One request in a hundred is a real page of its own (an older page of All news). */
    private static final int REAL_ONE_OFF_PAGES = FLOOD / 100;
    /**
     * What the flood may leave on the heap: the cache's entries for the real one-off pages (their bytes
     * are outside the heap) and the server's own bookkeeping, far below what 100,000 pages would take.
     */
    private static final long FLOOD_HEAP = 16L * 1024 * 1024;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(PageCacheFloodIT.class);
    }

    @Inject
    TestContent content;

    @Inject
    PageCache cache;

    private final SiteClient site = new SiteClient();
    private final String base = System.getProperty("dateline.test.base-url", "http://127.0.0.1:8180");

    @Test
    void aFloodOfDistinctUrlsLeavesTheHotPagesCachedAndTheHeapBounded() throws Exception {
        String section = content.newSection();
        Article article = content.publish(anArticle().inSection(section).withHeadline("Flood warning lifted"),
                Instant.parse("2016-06-07T11:32:00Z"));
        String hot = "/news/2016/06/07/" + article.getSlug();
        List<String> hotPages = List.of(hot, "/", "/section/" + section);
        hotPages.forEach(site::get);
        long before = cache.size();
        // The server is shared with the other tests' deployments, so the flood's own mark on the heap
        // is what is measured: what stays on it after a full collection, before and after.
        long heapBefore = heapAfterFullCollection();

        AtomicInteger errors = new AtomicInteger();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService workers = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int worker = 0; worker < 8; worker++) {
            int offset = worker;
            done.add(workers.submit(() -> {
                for (int i = offset; i < FLOOD; i += 8) {
                    String target = i % 100 != 99 ? hotPages.get(i % 3) + (i % 3 == 0 ? "?" : "?before=&")
                            + "utm_source=flood" + i + "&fbclid=" + Long.toHexString(i * 31L)
                            : "/news?before=" + new PageKey(Instant.parse("2020-01-01T00:00:00Z").plusSeconds(i), i).token();
                    if (status(http, target) != 200) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        workers.shutdown();
        for (int i = 0; i < 20; i++) {
            RawHttp.Answer huge = new RawHttp().get("/?q=" + "x".repeat(1024 * 1024) + i);
            assertThat(huge.status()).isNotIn(200, 500);
        }

        assertThat(errors).hasValue(0);
        for (String page : hotPages) {
            assertThat(site.get(page + "?utm_campaign=after-the-flood").headers().firstValue("X-Dateline-Cache"))
                    .as(page).hasValue("hit");
        }
        assertThat(cache.size()).isLessThanOrEqualTo(before + REAL_ONE_OFF_PAGES + 10);
        assertThat(cache.weight()).isLessThanOrEqualTo(64L * 1024 * 1024);
        assertThat(heapAfterFullCollection() - heapBefore).as("heap kept by the flood").isLessThan(FLOOD_HEAP);
        assertThat(site.get("/health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void parametersAPageDoesNotReadNeverReachIt() {
        String section = content.newSection();
        content.publish(anArticle().inSection(section), Instant.parse("2016-06-07T11:32:00Z"));

        String marker = "tracked" + System.nanoTime();
        HttpResponse<String> page = site.get("/section/" + section + "?utm_source=%3Cscript%3E" + marker
                + "%3C/script%3E&before=");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("utm_source", marker);
    }

    private static long heapAfterFullCollection() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private int status(HttpClient http, String target) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + target)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }
}
