package news.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Predicate;
import java.util.function.Supplier;
import news.dateline.testing.Deployments;
import news.dateline.testing.SiteClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A database outage of seconds: cached pages keep being served (marked stale), health says not
 * ready, other pages get a styled 503 page rendered without the database, and when the database is
 * back the cache drops what changed meanwhile; nothing needs a restart. The outage is real for the
 * server: PostgreSQL refuses its connections and ends the ones it has.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseOutageIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private final SiteClient site = new SiteClient();

    @Test
    void pagesInTheCacheAreServedThroughAnOutageAndWhatChangedMeanwhileIsDroppedAfterIt() throws Exception {
        String database;
        try (Connection app = connect(System.getProperty("dateline.test.jdbc.url"),
                System.getProperty("dateline.test.jdbc.user"), System.getProperty("dateline.test.jdbc.password"));
             Connection server = connect(System.getProperty("dateline.test.server.url"),
                     System.getProperty("dateline.test.server.user"), System.getProperty("dateline.test.server.password"))) {
            database = app.getCatalog();
            // In the cache (background work of earlier tests, such as a photo's renditions, may drop it once more).
            assertThat(cache(waitFor(() -> site.get("/"), answer -> "hit".equals(cache(answer))))).isEqualTo("hit");
            assertThat(site.get("/health/ready").statusCode()).isEqualTo(200);
            try {
                execute(server, "alter database " + database + " allow_connections false");
                execute(server, "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database
                        + "' and pid <> " + backendPid(app));

                HttpResponse<String> stale = waitFor(() -> site.get("/"), answer -> "stale".equals(cache(answer)));
                assertThat(stale.statusCode()).isEqualTo(200);
                assertThat(stale.headers().firstValue("Warning")).hasValueSatisfying(w -> assertThat(w).startsWith("110"));
                assertThat(site.get("/health/ready").statusCode()).isEqualTo(503);
                HttpResponse<String> uncached = site.get("/search?q=outage" + System.nanoTime());
                assertThat(uncached.statusCode()).isEqualTo(503);
                assertThat(uncached.headers().firstValue("Retry-After")).isPresent();
                assertThat(uncached.body()).contains("<link rel=\"stylesheet\"", "Temporarily unavailable");

                // Meanwhile another server, still connected, changes what every page shows.
                execute(app, "insert into site_change (tags) values ('sections')");
            } finally {
                execute(server, "alter database " + database + " allow_connections true");
            }

            HttpResponse<String> fresh = waitFor(() -> site.get("/"), answer -> "miss".equals(cache(answer)));
            assertThat(fresh.statusCode()).isEqualTo(200);
            assertThat(waitFor(() -> site.get("/health/ready"), answer -> answer.statusCode() == 200).statusCode())
                    .isEqualTo(200);
            assertThat(cache(site.get("/"))).isEqualTo("hit");
        }
    }

    private static <T> T waitFor(Supplier<T> action, Predicate<T> until) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        T last = action.get();
        while (!until.test(last) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            last = action.get();
        }
        return last;
    }

    private static String cache(HttpResponse<String> answer) {
        return answer.headers().firstValue("X-Dateline-Cache").orElse("none");
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static int backendPid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             var row = statement.executeQuery("select pg_backend_pid()")) {
            row.next();
            return row.getInt(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
