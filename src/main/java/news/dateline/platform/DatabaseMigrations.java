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

    @jakarta.inject.Inject
    Settings settings;

    public MigrateResult migrate() {
        return flyway().migrate();
    }

    public Flyway flyway() {
        return flywayRunBy(null);
    }

    /** Flyway that records {@code installedBy} (an admin's username) in the schema history. */
    public Flyway flywayRunBy(String installedBy) {
        java.util.List<String> locations = new java.util.ArrayList<>(java.util.List.of(LOCATION));
        locations.addAll(settings.extraMigrationLocations());
        return configure(Flyway.configure(getClass().getClassLoader()).dataSource(dataSource),
                locations.toArray(String[]::new)).installedBy(installedBy).load();
    }

    /** The one Flyway configuration of Dateline, for the server and for the command line alike. */
    public static org.flywaydb.core.api.configuration.FluentConfiguration configure(
            org.flywaydb.core.api.configuration.FluentConfiguration flyway, String... locations) {
        return flyway.locations(locations)
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .validateOnMigrate(true)
                .outOfOrder(false)
                .cleanDisabled(true)
                .installedBy(null);
    }
}
