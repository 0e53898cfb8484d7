package news.dateline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import news.dateline.testing.DatabaseFaults;
import news.dateline.testing.Deployments;
import news.dateline.testing.SiteClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A database restart leaves the pool full of broken connections. Each connection is checked when it
 * is taken, so readers never meet one: after a restart, at most one request fails (one that was
 * already under way), and every later one runs on a new connection. A pool checked only in the
 * background fails here: PostgreSQL's exception sorter does not take "this connection has been
 * closed" as fatal, so every broken connection failed a request of its own, and the cluster's
 * discovery, which uses the same pool, failed with them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseRestartIT {

    private static final int PARALLEL = 6;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private final SiteClient site = new SiteClient();

    @Test
    void afterADatabaseRestartAtMostOneRequestFails() throws Exception {
        try (DatabaseFaults database = new DatabaseFaults()) {
            // Several connections in the pool: searches in parallel, none from the page cache.
            ExecutorService readers = Executors.newFixedThreadPool(PARALLEL);
            List<Future<HttpResponse<String>>> searches = new ArrayList<>();
            for (int i = 0; i < 3 * PARALLEL; i++) {
                String query = "/search?q=pool" + i + "x" + System.nanoTime();
                searches.add(readers.submit(() -> site.get(query)));
            }
            for (Future<HttpResponse<String>> search : searches) {
                assertThat(search.get().statusCode()).isEqualTo(200);
            }
            readers.shutdown();
            assertThat(database.serverConnections()).isGreaterThan(1);

            // The restart, as the server sees it: PostgreSQL ends every connection it had.
            database.endServerConnections();

            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 2 * PARALLEL; i++) {
                statuses.add(site.get("/search?q=restart" + i + "x" + System.nanoTime()).statusCode());
            }
            assertThat(statuses.stream().filter(status -> status != 200).count()).as("failed requests, of %s", statuses)
                    .isLessThanOrEqualTo(1);
            assertThat(statuses.get(statuses.size() - 1)).isEqualTo(200);
            assertThat(site.get("/health/ready").statusCode()).isEqualTo(200);
        }
    }
}
