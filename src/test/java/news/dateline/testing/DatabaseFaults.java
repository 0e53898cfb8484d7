package news.dateline.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Real faults of the test database, as the server under test meets them: PostgreSQL ends the server's
 * connections (a restart) or refuses new ones (an outage). The test keeps a connection of its own to
 * the test database through them, as another server still connected would.
 */
public final class DatabaseFaults implements AutoCloseable {

    private final Connection own;
    private final Connection admin;
    private final String database;
    private final int ownPid;

    public DatabaseFaults() throws SQLException {
        own = DriverManager.getConnection(System.getProperty("dateline.test.jdbc.url"),
                System.getProperty("dateline.test.jdbc.user"), System.getProperty("dateline.test.jdbc.password"));
        admin = DriverManager.getConnection(System.getProperty("dateline.test.server.url"),
                System.getProperty("dateline.test.server.user"), System.getProperty("dateline.test.server.password"));
        database = own.getCatalog();
        ownPid = (int) number(own, "select pg_backend_pid()");
    }

    /** Ends every connection to the test database but the test's own. */
    public void endServerConnections() throws SQLException {
        execute(admin, "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database
                + "' and pid <> " + ownPid);
    }

    /** Whether PostgreSQL accepts new connections to the test database (the test's own stays open). */
    public void acceptConnections(boolean accept) throws SQLException {
        execute(admin, "alter database " + database + " allow_connections " + accept);
    }

    /** The connections to the test database other than the test's own. */
    public long serverConnections() throws SQLException {
        return number(admin, "select count(*) from pg_stat_activity where datname = '" + database + "' and pid <> "
                + ownPid);
    }

    /** Runs a statement on the test's own connection to the test database. */
    public void execute(String sql) throws SQLException {
        execute(own, sql);
    }

    /** The number a query on the test's own connection answers. */
    public long number(String sql) throws SQLException {
        return number(own, sql);
    }

    @Override
    public void close() throws SQLException {
        try (own; admin) {
            acceptConnections(true);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long number(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); var row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
