package news.dateline.platform;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether the database schema is as new as the code. When it is behind (production mode with
 * migrations pending), the application refuses to serve with 503 until the migrations have run,
 * from the admin page, the database command or another server: while behind, the schema is looked
 * at again every few seconds, and the application starts as soon as it is current.
 */
@ApplicationScoped
public class SchemaStatus {

    private static final Logger LOG = Logger.getLogger(SchemaStatus.class.getName());

    private final AtomicBoolean current = new AtomicBoolean(false);

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    Event<ApplicationStarted> started;

    private ScheduledFuture<?> watch;
    private volatile String lastProblem;

    @Inject
    DatabaseMigrations migrations;

    @Inject
    SchemaMappingCheck mappingCheck;

    public boolean isCurrent() {
        return current.get();
    }

    /**
     * Looks again: with nothing pending and a valid history, the mapping is checked against the schema
     * (a mismatch throws) and the schema counts as current.
     *
     * @return true when it just became current
     */
    public boolean recheck() {
        boolean pending = migrations.flyway().info().pending().length > 0;
        boolean valid = migrations.flyway().validateWithResult().validationSuccessful;
        if (pending || !valid) {
            current.set(false);
            return false;
        }
        mappingCheck.verify();
        return current.compareAndSet(false, true);
    }

    /** Starts looking at the schema every {@code seconds} while it is behind; once is enough. */
    synchronized void watch(int seconds) {
        if (watch == null) {
            watch = executor.scheduleWithFixedDelay(this::lookAgain, seconds, seconds, TimeUnit.SECONDS);
        }
    }

    /** While behind: when the schema has become current, the application starts (scheduler, cache poller). */
    void lookAgain() {
        if (current.get()) {
            return;
        }
        try {
            if (recheck()) {
                lastProblem = null;
                LOG.info("The database schema is current now: the application starts serving");
                started.fire(new ApplicationStarted());
            }
        } catch (RuntimeException e) {
            String problem = String.valueOf(e.getMessage());
            if (!problem.equals(lastProblem)) {
                lastProblem = problem;
                LOG.log(Level.WARNING, "The database schema cannot be checked yet; looking again", e);
            }
        }
    }

    @PreDestroy
    synchronized void stopWatching() {
        if (watch != null) {
            watch.cancel(false);
        }
    }
}
