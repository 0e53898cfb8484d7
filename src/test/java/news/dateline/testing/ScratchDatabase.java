package news.dateline.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/** An empty database of its own for one test, on the server the test database lives on. */
public final class ScratchDatabase implements AutoCloseable {

    private final String name = "dateline_scratch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final String serverUrl = System.getProperty("dateline.test.server.url");

    public ScratchDatabase() {
        execute("create database " + name);
    }

    /** The variables the server and the database command read, pointing at this database. */
    public Map<String, String> environment() {
        String base = serverUrl.substring(0, serverUrl.indexOf('/', "jdbc:postgresql://".length()));
        return Map.of("POSTGRESQL_URL", base + "/" + name,
                "POSTGRESQL_USER", System.getProperty("dateline.test.server.user"),
                "POSTGRESQL_PASSWORD", blankToUnused(System.getProperty("dateline.test.server.password")));
    }

    public Connection connect() throws SQLException {
        Map<String, String> env = environment();
        return DriverManager.getConnection(env.get("POSTGRESQL_URL"), env.get("POSTGRESQL_USER"),
                env.get("POSTGRESQL_PASSWORD"));
    }

    @Override
    public void close() {
        execute("drop database if exists " + name + " with (force)");
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl, System.getProperty("dateline.test.server.user"),
                System.getProperty("dateline.test.server.password"));
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static String blankToUnused(String password) {
        return password == null || password.isEmpty() ? "unused" : password;
    }
}
