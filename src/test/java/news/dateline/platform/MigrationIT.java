package news.dateline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import jakarta.inject.Inject;
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
    void theJpaMappingMatchesTheMigratedSchema() {
        assertThatCode(schemaMappingCheck::verify).doesNotThrowAnyException();
    }
}
