package news.dateline.site;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import news.dateline.platform.ApplicationStarted;
import news.dateline.platform.SiteChanged;

/**
 * Keeps every server's page cache honest. A change that readers can see moves the shared counter
 * in the database, in the transaction of the change; this server drops its cache when that
 * transaction commits, and every server polls the counter five times a second and drops its cache
 * when the counter has moved. So a change is visible everywhere within a second.
 */
@ApplicationScoped
public class SiteGeneration {

    static final long POLL_MILLIS = 200;
    private static final Logger LOG = Logger.getLogger(SiteGeneration.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/DatelineDS")
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    PageCache cache;

    private final AtomicLong seen = new AtomicLong(-1);
    private volatile java.time.Instant lastChange = java.time.Instant.EPOCH;
    private ScheduledFuture<?> poller;

    /** Moves the shared counter; call inside the transaction of the change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(@Observes(during = TransactionPhase.IN_PROGRESS) SiteChanged change) {
        em.createNativeQuery("update site_generation set generation = generation + 1, changed_at = now() where id = 1")
                .executeUpdate();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) SiteChanged change) {
        cache.clear();
    }

    void start(@Observes ApplicationStarted started) {
        poll();
        poller = executor.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void poll() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select generation, changed_at from site_generation where id = 1")) {
            if (row.next()) {
                long generation = row.getLong(1);
                lastChange = row.getTimestamp(2).toInstant();
                if (seen.getAndSet(generation) != generation) {
                    cache.clear();
                }
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not read the site generation; the page cache is dropped to be safe", e);
            cache.clear();
        }
    }

    /**
     * When something readers can see last changed, as of the latest poll: the Last-Modified of pages
     * that depend on everything (search results, sitemaps).
     */
    public java.time.Instant lastChange() {
        return lastChange;
    }

    @PreDestroy
    void stop() {
        if (poller != null) {
            poller.cancel(false);
        }
    }
}
