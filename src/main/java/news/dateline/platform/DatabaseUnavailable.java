package news.dateline.platform;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Tells a failure to reach the database (down, restarting, refusing connections) from other failures. */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    /**
     * True when the failure, or one of its causes, says the database could not be reached: a
     * connection exception (SQL state class 08), a server shutting down or refusing connections
     * (57P0x), or the connection pool that could not get a connection.
     */
    public static boolean isCauseOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            if (cause.getClass().getName().equals("jakarta.resource.ResourceException")) {
                return true;
            }
        }
        return false;
    }
}
