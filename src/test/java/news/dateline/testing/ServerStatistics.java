package news.dateline.testing;

import org.hibernate.stat.Statistics;

/**
 * Counting what one call costs with Hibernate's statistics, which see the whole server: the publication
 * scheduler and the mail outbox run their own statements now and then, and can only add to a count, so
 * the fewest of a few calls is what the call took.
 */
public final class ServerStatistics {

    private static final int TRIES = 5;

    /** The fewest statements prepared and entities loaded by one of a few calls (each counted on its own). */
    public record Counts(long statements, long entityLoads) {
    }

    private ServerStatistics() {
    }

    /** Calls {@code call} up to five times, stopping early once a call prepared at most one statement. */
    public static Counts fewest(Statistics statistics, Runnable call) {
        long statements = Long.MAX_VALUE;
        long entityLoads = Long.MAX_VALUE;
        for (int attempt = 0; attempt < TRIES && statements > 1; attempt++) {
            statistics.clear();
            call.run();
            statements = Math.min(statements, statistics.getPrepareStatementCount());
            entityLoads = Math.min(entityLoads, statistics.getEntityLoadCount());
        }
        return new Counts(statements, entityLoads);
    }
}
