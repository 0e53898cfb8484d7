package news.dateline.site;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import news.dateline.platform.Settings;
import news.dateline.platform.SurrogateKeys;

/**
 * Drops changed pages from the HTTP caches in front of the site (Varnish with xkey; see
 * {@code docker/varnish/dateline.vcl}). The server where a change committed, and only that one, sends
 * {@code PURGE /} with the change's cache tags in {@code xkey-purge} to every address of
 * {@code dateline.purge-urls}: at once, and once more {@link #REPEAT_AFTER} later, because in between
 * another server may have answered the cache's refetch from its own page cache before its poller
 * dropped the page (see {@link SiteGeneration}). The tags are the ones public responses carry in
 * {@code xkey}, so exactly the pages that show the change go.
 *
 * <p>Nothing here blocks the editor: requests go out asynchronously after the commit. A purge that
 * fails (no answer, or not 2xx) is retried with backoff ({@link #FIRST_RETRY}, doubling, at most
 * {@link #ATTEMPTS} attempts); a cache that starts failing is logged once, its recovery too, and purges
 * given up are counted in one line a minute at most, as the pages they named stay in that cache until
 * they expire.
 */
@ApplicationScoped
public class HttpCachePurge {

    static final String PURGE_HEADER = "xkey-purge";
    static final Duration REPEAT_AFTER = Duration.ofSeconds(1);
    static final Duration FIRST_RETRY = Duration.ofMillis(500);
    static final int ATTEMPTS = 6;
    /** Purges waiting for a retry; beyond this, new failures are given up at once. */
    private static final int MAX_WAITING = 10_000;
    private static final long GIVE_UP_LOG_NANOS = TimeUnit.MINUTES.toNanos(1);
    private static final Logger LOG = Logger.getLogger(HttpCachePurge.class.getName());

    @Inject
    Settings settings;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ScheduledExecutorService executor;

    private List<URI> caches;
    private HttpClient http;
    private final AtomicInteger waiting = new AtomicInteger();
    private volatile boolean stopped;
    /** Purges sent, repeated or retried that have not ended yet (answered, or given up). */
    private final AtomicInteger unsettled = new AtomicInteger();
    private final Map<URI, Target> targets = new ConcurrentHashMap<>();

    /** What this server knows about one cache: whether purges to it fail, and what was given up. */
    private static final class Target {
        volatile boolean failing;
        final AtomicLong givenUp = new AtomicLong();
        volatile long lastGiveUpLog = System.nanoTime() - GIVE_UP_LOG_NANOS;
    }

    @PostConstruct
    void start() {
        caches = settings.purgeUrls();
        if (caches.isEmpty()) {
            return;
        }
        caches.forEach(cache -> targets.put(cache, new Target()));
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .executor(executor)
                .build();
        LOG.info(() -> "Changed pages are purged from " + caches);
    }

    /** After the change committed here: purge its tags from every cache, now and once more a moment later. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) SiteChanged change) {
        if (caches.isEmpty() || change.tags().isEmpty()) {
            return;
        }
        String keys = SurrogateKeys.of(change.tags());
        for (URI cache : caches) {
            unsettled.addAndGet(2);
            send(cache, keys, 1);
            try {
                executor.schedule(() -> send(cache, keys, 1), REPEAT_AFTER.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RuntimeException shuttingDown) {
                unsettled.decrementAndGet();
            }
        }
    }

    /** How many purges have not ended yet: sent or due (repeats, retries) and neither answered nor given up. */
    int unsettled() {
        return unsettled.get();
    }

    /**
     * The application is stopping (or being redeployed): purges still due are dropped rather than
     * sent by a server's executor that outlives this deployment.
     */
    @PreDestroy
    void stop() {
        stopped = true;
    }

    private void send(URI cache, String keys, int attempt) {
        if (stopped) {
            unsettled.decrementAndGet();
            return;
        }
        HttpRequest request = HttpRequest.newBuilder(cache)
                .method("PURGE", HttpRequest.BodyPublishers.noBody())
                .header(PURGE_HEADER, keys)
                .timeout(Duration.ofSeconds(5))
                .build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (error == null && response.statusCode() / 100 == 2) {
                unsettled.decrementAndGet();
                succeeded(cache);
            } else {
                failed(cache, keys, attempt, error != null ? String.valueOf(error.getCause() != null
                        ? error.getCause() : error) : "answered " + response.statusCode());
            }
        });
    }

    private void succeeded(URI cache) {
        Target target = targets.get(cache);
        if (target.failing) {
            target.failing = false;
            LOG.info(() -> "Purges reach " + cache + " again");
        }
    }

    private void failed(URI cache, String keys, int attempt, String why) {
        Target target = targets.get(cache);
        if (!target.failing) {
            target.failing = true;
            LOG.warning(() -> "Purging " + cache + " failed (" + why + "); retrying with backoff");
        } else {
            LOG.log(Level.FINE, () -> "Purging " + keys + " from " + cache + " failed, attempt " + attempt + ": " + why);
        }
        if (attempt < ATTEMPTS && waiting.incrementAndGet() <= MAX_WAITING) {
            long delay = FIRST_RETRY.toMillis() << (attempt - 1);
            try {
                executor.schedule(() -> {
                    waiting.decrementAndGet();
                    send(cache, keys, attempt + 1);
                }, delay, TimeUnit.MILLISECONDS);
                return;
            } catch (RuntimeException e) {
                waiting.decrementAndGet();
            }
        } else if (attempt < ATTEMPTS) {
            waiting.decrementAndGet();
        }
        giveUp(cache, target);
    }

    private void giveUp(URI cache, Target target) {
        unsettled.decrementAndGet();
        target.givenUp.incrementAndGet();
        long now = System.nanoTime();
        if (now - target.lastGiveUpLog >= GIVE_UP_LOG_NANOS) {
            target.lastGiveUpLog = now;
            long count = target.givenUp.getAndSet(0);
            LOG.warning(() -> "Gave up " + count + " purge(s) of " + cache + " (" + ATTEMPTS
                    + " attempts each); the pages they named stay there until they expire");
        }
    }
}
