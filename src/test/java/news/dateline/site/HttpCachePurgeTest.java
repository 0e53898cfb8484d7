package news.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import news.dateline.platform.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Purges of the HTTP caches in front: the change's keys, at once and once more, and retried with backoff. */
class HttpCachePurgeTest {

    /** What the cache received: method, keys, when (ms since the first), and what it answered. */
    record Received(String method, String keys, long atMillis, int answered) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failFirst = new AtomicInteger();
    private HttpServer cache;
    private ScheduledExecutorService executor;
    private long start;

    @BeforeEach
    void startTheCache() throws Exception {
        cache = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        cache.createContext("/", exchange -> {
            int status = failFirst.getAndDecrement() > 0 ? 503 : 200;
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestHeaders().getFirst("xkey-purge"),
                    (System.nanoTime() - start) / 1_000_000, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        cache.start();
        executor = Executors.newScheduledThreadPool(2);
        System.setProperty("dateline.purge-urls", "http://127.0.0.1:" + cache.getAddress().getPort() + "/");
    }

    @AfterEach
    void stop() {
        System.clearProperty("dateline.purge-urls");
        cache.stop(0);
        executor.shutdownNow();
    }

    private HttpCachePurge purge() {
        HttpCachePurge purge = new HttpCachePurge();
        purge.settings = new Settings();
        purge.executor = executor;
        purge.start();
        return purge;
    }

    @Test
    void theChangesKeysArePurgedAtOnceAndOnceMoreASecondLater() throws Exception {
        HttpCachePurge purge = purge();
        start = System.nanoTime();

        purge.afterCommit(new SiteChanged(Set.of("section:world", "article:42", "all")));
        waitForAnswers(2);

        assertThat(received).hasSize(2);
        assertThat(received).extracting(Received::method).containsOnly("PURGE");
        assertThat(received).extracting(Received::keys).containsOnly("all article:42 section:world");
        assertThat(received.get(1).atMillis()).isGreaterThanOrEqualTo(HttpCachePurge.REPEAT_AFTER.toMillis() - 50);
    }

    @Test
    void aFailedPurgeIsRetriedWithGrowingPausesUntilTheCacheTakesIt() throws Exception {
        failFirst.set(3);
        HttpCachePurge purge = purge();
        start = System.nanoTime();

        purge.afterCommit(new SiteChanged(Set.of("article:7")));
        waitForAnswers(5);

        // At once (refused), after 0.5 s (refused), the repeat at 1 s (refused); then both retried and taken.
        assertThat(received).hasSize(5);
        assertThat(received).extracting(Received::keys).containsOnly("article:7");
        assertThat(received).extracting(Received::answered).containsExactly(503, 503, 503, 200, 200);
        assertThat(received.get(1).atMillis() - received.get(0).atMillis())
                .isGreaterThanOrEqualTo(HttpCachePurge.FIRST_RETRY.toMillis() - 50);
        assertThat(received.get(3).atMillis()).isGreaterThanOrEqualTo(3 * HttpCachePurge.FIRST_RETRY.toMillis() - 50);
    }

    private void waitForAnswers(int count) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (received.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(300);
    }
}
