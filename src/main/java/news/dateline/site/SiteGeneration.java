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
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import news.dateline.platform.ApplicationStarted;

/**
 * Keeps every server's page cache honest. A change that readers can see is written to the
 * database with its cache tags, in the transaction of the change; this server drops the pages with
 * those tags when that transaction commits, and every server reads new changes five times a second
 * and drops the same pages. So a change reaches every server within a second, and no other page is
 * thrown away.
 *
 * <p>Changes are read in commit order: each poll takes a PostgreSQL snapshot and reads the rows that
 * were not yet visible in the previous one, so a change made by a transaction that ran for minutes
 * is read when it commits, never missed. When the database cannot be read, the cache is kept (stale
 * pages are better than errors; {@link #isStale()} says so) and the next successful poll reads
 * everything that changed meanwhile. Only an outage longer than the changes are kept for empties
 * the cache.
 */
@ApplicationScoped
public class SiteGeneration {

    static final long POLL_MILLIS = 200;
    private static final int PRUNE_EVERY_POLLS = 1000;
    /** How long changes are kept for servers that could not read them; a longer outage empties the cache. */
    static final Duration KEPT = Duration.ofHours(1);
    /** How long this server remembers its own changes, so that the poller does not drop their pages twice. */
    private static final long OWN_CHANGES_NANOS = TimeUnit.MINUTES.toNanos(5);
    private static final Logger LOG = Logger.getLogger(SiteGeneration.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/DatelineDS")
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    PageCache cache;

    private final Map<Long, Long> ownSeen = new HashMap<>();
    private final Map<SiteChanged, Long> ownChanges = Collections.synchronizedMap(new IdentityHashMap<>());
    /** The snapshot of the last successful poll, as PostgreSQL writes it; null before the first. */
    private String snapshot;
    private volatile Instant lastChange = Instant.EPOCH;
    /** Since when (System.nanoTime) polls fail; null while they succeed. */
    private volatile Long failingSince;
    private long polls;
    private ScheduledFuture<?> poller;

    /** Records the change for every server; call inside the transaction of the change. */
    @Transactional(Transactional.TxType.MANDATORY)
    void changed(@Observes(during = TransactionPhase.IN_PROGRESS) SiteChanged change) {
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
            synchronized (ownSeen) {
                ownSeen.put(id, System.nanoTime());
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

    /** True while the changes cannot be read: cached pages may be older than the database. */
    public boolean isStale() {
        return failingSince != null;
    }

    synchronized void poll() {
        try (Connection connection = dataSource.getConnection()) {
            String previous = snapshot;
            Map<Long, String> changes = new HashMap<>();
            String now = null;
            // One statement, so the snapshot it reports is the one its rows were read with.
            try (PreparedStatement query = connection.prepareStatement("select s.snap::text, g.changed_at, c.id, c.tags"
                    + " from (select pg_current_snapshot() as snap) s"
                    + " cross join site_generation g"
                    + " left join site_change c on cast(? as pg_snapshot) is not null"
                    + " and c.xid >= pg_snapshot_xmin(cast(? as pg_snapshot))"
                    + " and not pg_visible_in_snapshot(c.xid, cast(? as pg_snapshot))"
                    + " where g.id = 1 order by c.id")) {
                query.setString(1, previous);
                query.setString(2, previous);
                query.setString(3, previous);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        now = rows.getString(1);
                        lastChange = rows.getTimestamp(2).toInstant();
                        String tags = rows.getString(4);
                        if (tags != null) {
                            changes.put(rows.getLong(3), tags);
                        }
                    }
                }
            }
            if (now == null) {
                throw new SQLException("The site_generation row is missing");
            }
            drop(changes);
            snapshot = now;
            if (++polls % PRUNE_EVERY_POLLS == 0) {
                prune(connection, now);
            }
        } catch (SQLException | RuntimeException e) {
            if (failingSince == null) {
                failingSince = System.nanoTime();
                LOG.log(Level.WARNING, "Cannot read the site's changes; cached pages are served as they are until"
                        + " the database answers again", e);
            }
        }
    }

    /** Drops what changed since the last poll (except this server's own changes, already dropped). */
    private void drop(Map<Long, String> changes) {
        Long since = failingSince;
        if (since != null) {
            long outage = System.nanoTime() - since;
            LOG.info(() -> "The site's changes can be read again after " + TimeUnit.NANOSECONDS.toMillis(outage)
                    + " ms");
            failingSince = null;
            if (outage > KEPT.toNanos() / 2) {
                cache.clear();
                return;
            }
        }
        Set<String> tags = new HashSet<>();
        synchronized (ownSeen) {
            changes.forEach((id, written) -> {
                if (ownSeen.remove(id) == null) {
                    tags.addAll(Arrays.asList(written.split(" ")));
                }
            });
            long now = System.nanoTime();
            ownSeen.values().removeIf(at -> now - at > OWN_CHANGES_NANOS);
        }
        if (!tags.isEmpty()) {
            cache.dropTagged(tags);
        }
    }

    /**
     * Deletes changes that every server has read: older than {@link #KEPT} and committed before this
     * server's snapshot (a server that could not read them for that long empties its cache instead).
     */
    private static void prune(Connection connection, String snapshot) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from site_change where at < now() - "
                + "make_interval(secs => ?) and xid < pg_snapshot_xmin(cast(? as pg_snapshot))")) {
            delete.setLong(1, KEPT.toSeconds());
            delete.setString(2, snapshot);
            delete.executeUpdate();
        }
    }

    @PreDestroy
    void stop() {
        if (poller != null) {
            poller.cancel(false);
        }
    }
}
