package news.dateline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.concurrent.atomic.AtomicInteger;
import news.dateline.testing.Deployments;
import news.dateline.testing.SiteClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A server whose schema is behind answers 503, and starts serving by itself within seconds once the
 * migrations have run elsewhere (here: the latest migration's history row is taken away, then put
 * back as the database command would have written it); nobody visits the admin page, and the
 * features hear that the application started.
 */
@ExtendWith(ArquillianExtension.class)
class SchemaRecheckIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(SchemaRecheckIT.class, StartsSeen.class);
    }

    @Inject
    SchemaStatus schema;

    @Inject
    Settings settings;

    @Inject
    StartsSeen starts;

    /** Counts the application's starts as the features see them (scheduler, cache poller, renditions). */
    @ApplicationScoped
    static class StartsSeen {

        private final AtomicInteger count = new AtomicInteger();

        void started(@Observes ApplicationStarted started) {
            count.incrementAndGet();
        }

        int count() {
            return count.get();
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    private final SiteClient site = new SiteClient();

    @Test
    void aServerWhoseSchemaIsBehindStartsServingBySelfOnceTheMigrationsHaveRun() throws Exception {
        sql("create table schema_recheck_saved as select * from flyway_schema_history"
                + " where installed_rank = (select max(installed_rank) from flyway_schema_history)");
        try {
            sql("delete from flyway_schema_history where installed_rank = (select installed_rank from schema_recheck_saved)");
            assertThat(schema.recheck()).isFalse();
            assertThat(schema.isCurrent()).isFalse();
            assertThat(site.get("/").statusCode()).as("behind: down for maintenance").isEqualTo(503);

            int startsBefore = starts.count();
            sql("insert into flyway_schema_history select * from schema_recheck_saved");
            long start = System.nanoTime();
            int status = 503;
            while (status == 503 && System.nanoTime() - start < (settings.schemaRecheckSeconds() + 5) * 1_000_000_000L) {
                Thread.sleep(200);
                status = site.get("/").statusCode();
            }

            assertThat(status).isEqualTo(200);
            assertThat(schema.isCurrent()).isTrue();
            // The features are told that the application started (again), so that the scheduler and
            // the cache poller of a server that was behind since its start run.
            long told = System.nanoTime();
            while (starts.count() == startsBefore && System.nanoTime() - told < 5_000_000_000L) {
                Thread.sleep(50);
            }
            assertThat(starts.count()).as("ApplicationStarted fired once the schema is current")
                    .isEqualTo(startsBefore + 1);
        } finally {
            sql("insert into flyway_schema_history select * from schema_recheck_saved s where not exists"
                    + " (select 1 from flyway_schema_history h where h.installed_rank = s.installed_rank)");
            sql("drop table schema_recheck_saved");
            schema.recheck();
        }
    }

    private void sql(String statement) throws Exception {
        transaction.begin();
        em.createNativeQuery(statement).executeUpdate();
        transaction.commit();
    }
}
