package news.dateline.article;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Reads what a failed write ran into when another one got there first, wherever the database said
 * so (at a query that flushed, at the explicit flush, or at commit): a newer version of the same row,
 * or a unique constraint taken at the same moment.
 */
final class ConcurrentWrite {

    private static final String UNIQUE_VIOLATION = "23505";

    private ConcurrentWrite() {
    }

    /** Whether someone else saved the same article in between. */
    static boolean stale(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StaleArticleException || t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof org.hibernate.StaleStateException) {
                return true;
            }
        }
        return false;
    }

    /** The unique constraint another write took first, e.g. {@code article_slug_unique}. */
    static Optional<String> takenConstraint(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getConstraintName() != null) {
                return Optional.of(violation.getConstraintName());
            }
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                String message = String.valueOf(sql.getMessage());
                int start = message.indexOf('"');
                int end = start < 0 ? -1 : message.indexOf('"', start + 1);
                return end > start ? Optional.of(message.substring(start + 1, end)) : Optional.of("");
            }
        }
        return Optional.empty();
    }
}
