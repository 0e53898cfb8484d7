package news.dateline.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives the integration tests of one run a fresh, empty PostgreSQL database before the server
 * starts, and publishes it as system properties that {@code arquillian.xml} passes to WildFly.
 * <p>
 * With {@code -Ddateline.test.db=<admin JDBC URL>} (or {@code DATELINE_TEST_DB}) a new database is created on that server (and
 * dropped afterwards); without it an embedded PostgreSQL is started for the run.
 * Only active in the failsafe run ({@code dateline.it=true}).
 */
public class ItDatabase implements LauncherSessionListener {

    private static final Logger LOG = Logger.getLogger(ItDatabase.class.getName());

    private EmbeddedPostgres embedded;
    private String adminUrl;
    private String databaseName;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("dateline.it")) {
            return;
        }
        String server = setting("dateline.test.db", "DATELINE_TEST_DB");
        try {
            if (server.isEmpty()) {
                startEmbedded();
            } else {
                createFreshDatabase(server);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the test database: " + e.getMessage(), e);
        }
    }

    private void startEmbedded() throws SQLException {
        try {
            embedded = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
        adminUrl = embedded.getJdbcUrl("postgres", "postgres");
        databaseName = "dateline_it";
        execute(adminUrl, "create database " + databaseName);
        publish("jdbc:postgresql://localhost:" + embedded.getPort() + "/" + databaseName, "postgres", "unused");
        publishServer();
        LOG.info(() -> "Integration tests use an embedded PostgreSQL on port " + embedded.getPort());
    }

    private void createFreshDatabase(String server) throws SQLException {
        adminUrl = server;
        databaseName = "dateline_it_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"))
                + "_" + ThreadLocalRandom.current().nextInt(1000, 10000);
        execute(adminUrl, "create database " + databaseName);
        String base = server.substring(0, server.indexOf('/', "jdbc:postgresql://".length()));
        String user = System.getProperty("dateline.test.db.user", "postgres");
        String password = System.getProperty("dateline.test.db.password", "unused");
        publish(base + "/" + databaseName, user, password);
        publishServer();
        LOG.info(() -> "Integration tests use the new database " + databaseName);
    }

    private static String setting(String property, String environment) {
        String value = System.getProperty(property, "").trim();
        if (value.isEmpty()) {
            value = System.getenv().getOrDefault(environment, "").trim();
        }
        return value;
    }

    /** The server the test database lives on, for tests that create databases of their own. */
    private void publishServer() {
        System.setProperty("dateline.test.server.url", adminUrl);
        System.setProperty("dateline.test.server.user", embedded != null ? "postgres"
                : System.getProperty("dateline.test.db.user", "postgres"));
        System.setProperty("dateline.test.server.password", embedded != null ? ""
                : System.getProperty("dateline.test.db.password", ""));
    }

    private static void publish(String url, String user, String password) {
        System.setProperty("dateline.test.jdbc.url", url);
        System.setProperty("dateline.test.jdbc.user", user);
        System.setProperty("dateline.test.jdbc.password", password.isEmpty() ? "unused" : password);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        try {
            if (embedded != null) {
                embedded.close();
            } else if (databaseName != null && !Boolean.getBoolean("dateline.test.keep-db")) {
                execute(adminUrl, "drop database if exists " + databaseName + " with (force)");
            }
        } catch (IOException | SQLException e) {
            LOG.warning("Could not clean up the test database: " + e.getMessage());
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        String user = System.getProperty("dateline.test.db.user", "postgres");
        String password = System.getProperty("dateline.test.db.password", "");
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
