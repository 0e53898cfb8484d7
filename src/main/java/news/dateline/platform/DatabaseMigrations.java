package news.dateline.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** The application's Flyway: the migrations in {@code db/migration}, against the server's datasource. */
@ApplicationScoped
public class DatabaseMigrations {

    public static final String LOCATION = "classpath:db/migration";

    @Resource(lookup = "java:jboss/datasources/DatelineDS")
    DataSource dataSource;

    public MigrateResult migrate() {
        return flyway().migrate();
    }

    public Flyway flyway() {
        return Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .load();
    }
}
