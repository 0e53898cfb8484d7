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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import news.dateline.platform.ApplicationStarted;
import news.dateline.platform.SiteChanged;

/**
 * Keeps every server's page cache honest. A change that readers can see is written to the
 * database with its cache tags, in the transaction of the change; this server drops the pages with
 * those tags when that transaction commits, and every server reads new changes five times a second
 * and drops the same pages. So a change reaches every server within a second, and no other page is
 * thrown away.
 */
@ApplicationScoped
public class SiteGeneration {

    static final long POLL_MILLIS = 200;
    private static final int PRUNE_EVERY_POLLS = 1000;
    private static final Logger LOG = Logger.getLogger(SiteGeneration.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/DatelineDS")
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    PageCache cache;

    /**
     * Changes are read by time, not only by id: ids are handed out before their transactions commit,
     * so a later id can become visible first. Any change committed within the window is read once.
     */
    static final int WINDOW_SECONDS = 30;

    private final java.util.Map<Long, Long> seen = new java.util.HashMap<>();
    private final java.util.Map<SiteChanged, Long> ownChanges =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    private boolean started;
    private volatile Instant lastChange = Instant.EPOCH;
    private long polls;
    private ScheduledFuture<?> poller;

    /** Records the change for every server; call inside the transaction of the change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(@Observes(during = TransactionPhase.IN_PROGRESS) SiteChanged change) {
        Number id = (Number) em.createNativeQuery("insert into site_change (tags) values (:tags) returning id")
                .setParameter("tags", String.join(" ", change.tags()))
                .getSingleResult();
        ownChanges.put(change, id.longValue());
        em.createNativeQuery("update site_generation set generation = generation + 1, changed_at = now() where id = 1")
                .executeUpdate();
    }

    /** This server's own change: dropped here at once, and marked seen so the poller does not drop it again. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) SiteChanged change) {
        cache.dropTagged(change.tags());
        Long id = ownChanges.remove(change);
        if (id != null) {
            synchronized (this) {
                seen.put(id, System.nanoTime());
            }
        }
    }

    void afterRollback(@Observes(during = TransactionPhase.AFTER_FAILURE) SiteChanged change) {
        ownChanges.remove(change);
    }

    /** Starts polling once, however often the application reports that it started. */
    synchronized void start(@Observes ApplicationStarted started) {
        if (poller != null) {
            return;
        }
        poll();
        poller = executor.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * When something readers can see last changed, as of the latest poll: the Last-Modified of pages
     * that depend on everything (search results, sitemaps).
     */
    public Instant lastChange() {
        return lastChange;
    }

    private synchronized void poll() {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("select changed_at from site_generation where id = 1")) {
                if (row.next()) {
                    lastChange = row.getTimestamp(1).toInstant();
                }
            }
            Set<String> changed = new HashSet<>();
            long now = System.nanoTime();
            try (PreparedStatement query = connection.prepareStatement("select id, tags from site_change"
                    + " where at > now() - interval '" + WINDOW_SECONDS + " seconds' order by id")) {
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        if (seen.putIfAbsent(rows.getLong(1), now) == null && started) {
                            changed.addAll(Arrays.asList(rows.getString(2).split(" ")));
                        }
                    }
                }
            }
            seen.values().removeIf(at -> now - at > TimeUnit.SECONDS.toNanos(2L * WINDOW_SECONDS));
            started = true;
            if (!changed.isEmpty()) {
                cache.dropTagged(changed);
            }
            if (++polls % PRUNE_EVERY_POLLS == 0) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("delete from site_change where at < now() - interval '1 hour'");
                }
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not read the site's changes; the page cache is dropped to be safe", e);
            cache.clear();
        }
    }

    @PreDestroy
    void stop() {
        if (poller != null) {
            poller.cancel(false);
        }
    }
}
