package news.dateline.publishing;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import news.dateline.article.ArticleService;
import news.dateline.front.BreakingNews;
import news.dateline.platform.ApplicationStarted;
import news.dateline.platform.Settings;

/**
 * Publishes scheduled articles when they are due, and ends the breaking-news banner when its time is up:
 * a server-side timer, not reader traffic. It runs
 * right after start (so whatever fell due during downtime goes out first) and then every few seconds.
 * Each batch claims its rows with {@code FOR UPDATE SKIP LOCKED}, so several servers can run it at
 * once without publishing an article twice or skipping one.
 */
@ApplicationScoped
public class PublicationScheduler {

    static final int BATCH = 50;
    private static final Logger LOG = Logger.getLogger(PublicationScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    ArticleService articles;

    @Inject
    Settings settings;

    @Inject
    BreakingNews breakingNews;

    private final String name = "scheduler@" + ManagementFactory.getRuntimeMXBean().getName();
    private ScheduledFuture<?> timer;

    /** Starts the timer once, however often the application reports that it started. */
    synchronized void start(@Observes ApplicationStarted started) {
        if (timer != null) {
            return;
        }
        int interval = settings.schedulerIntervalSeconds();
        timer = executor.scheduleWithFixedDelay(this::runSafely, 0, interval, TimeUnit.SECONDS);
        LOG.info(() -> "Publication scheduler started, every " + interval + " s");
    }

    /** Publishes everything that is due now, batch by batch; returns how many it published. */
    public int publishDue() {
        int total = 0;
        List<Long> batch;
        do {
            batch = articles.publishDue(BATCH, name);
            total += batch.size();
        } while (batch.size() == BATCH);
        return total;
    }

    private void runSafely() {
        try {
            int published = publishDue();
            if (published > 0) {
                LOG.info(() -> "Published " + published + " scheduled article(s)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The publication run failed; the next run retries", e);
        }
        try {
            int ended = breakingNews.endExpired();
            if (ended > 0) {
                LOG.info("A breaking-news banner reached its end");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Ending the breaking-news banner failed; the next run retries", e);
        }
    }

    @PreDestroy
    void stop() {
        if (timer != null) {
            timer.cancel(false);
        }
    }
}
