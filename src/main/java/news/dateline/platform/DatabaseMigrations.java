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
        if (onlyClusterDiscoveryTable()) {
            // A server that starts on an empty database joins its cluster before the application
            // migrates, and JGroups' JDBC_PING makes its table (V24's own statement) first: Flyway would
            // refuse the schema as not empty. That one table, and nothing else, counts as empty: the
            // history starts at 0 and every migration runs (V24 finds its table made).
            return configure(Flyway.configure(getClass().getClassLoader()).dataSource(dataSource), locations())
                    .baselineOnMigrate(true).baselineVersion("0")
                    .baselineDescription("empty but for the cluster discovery table").load().migrate();
        }
        return flyway().migrate();
    }

    /** Whether the schema holds JGroups' discovery table and nothing else (no history, no other table). */
    private boolean onlyClusterDiscoveryTable() {
        try (java.sql.Connection connection = dataSource.getConnection();
             java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet tables = statement.executeQuery("select table_name from information_schema.tables"
                     + " where table_schema = current_schema()")) {
            java.util.Set<String> names = new java.util.HashSet<>();
            while (tables.next()) {
                names.add(tables.getString(1));
            }
            return names.equals(java.util.Set.of("jgroups_ping"));
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    private String[] locations() {
        java.util.List<String> locations = new java.util.ArrayList<>(java.util.List.of(LOCATION));
        locations.addAll(settings.extraMigrationLocations());
        return locations.toArray(String[]::new);
    }

    public Flyway flyway() {
        return flywayRunBy(null);
    }

    /** Flyway that records {@code installedBy} (an admin's username) in the schema history. */
    public Flyway flywayRunBy(String installedBy) {
        return configure(Flyway.configure(getClass().getClassLoader()).dataSource(dataSource), locations())
                .installedBy(installedBy).load();
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
