package news.dateline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.Arrays;
import news.dateline.testing.Deployments;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class MigrationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(MigrationIT.class);
    }

    @Inject
    DatabaseMigrations migrations;

    @Inject
    SchemaMappingCheck schemaMappingCheck;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Test
    void deployingMigratesTheEmptyTestDatabaseToTheLatestVersion() {
        MigrationInfoService info = migrations.flyway().info();

        assertThat(info.pending()).as("pending migrations").isEmpty();
        assertThat(info.applied()).extracting(MigrationInfo::getState).containsOnly(MigrationState.SUCCESS);
        assertThat(Arrays.stream(info.applied()).map(m -> m.getVersion().getVersion()))
                .as("every migration from V1, in order, on a database that started empty")
                .startsWith("1", "2", "3");
        assertThat(info.current().getVersion()).isEqualTo(info.all()[info.all().length - 1].getVersion());
    }

    @Test
    void articleTextIsCompressedWithLz4WhereTheServerHasIt() throws Exception {
        boolean lz4 = serverHasLz4();
        for (String column : new String[] {"article.body_html", "article.search_vector", "article_revision.body_html"}) {
            String[] table = column.split("\\.");
            Object method = em.createNativeQuery("select attcompression::text from pg_attribute"
                    + " where attrelid = cast(?1 as regclass) and attname = ?2")
                    .setParameter(1, table[0]).setParameter(2, table[1]).getSingleResult();
            assertThat(method).as(column + " (lz4 available: " + lz4 + ")").isEqualTo(lz4 ? "l" : "");
        }
    }

    /** Whether this PostgreSQL was built with lz4: a temporary table with an lz4 column is refused otherwise. */
    private boolean serverHasLz4() throws Exception {
        transaction.begin();
        try {
            em.createNativeQuery("create temporary table lz4_probe (x text compression lz4) on commit drop")
                    .executeUpdate();
            return true;
        } catch (jakarta.persistence.PersistenceException e) {
            return false;
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void theJpaMappingMatchesTheMigratedSchema() {
        assertThatCode(schemaMappingCheck::verify).doesNotThrowAnyException();
    }
}
