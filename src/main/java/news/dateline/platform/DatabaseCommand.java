package news.dateline.platform;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.ValidateResult;

/**
 * The database command for deployments: {@code info}, {@code migrate}, {@code validate} and
 * {@code repair} against the PostgreSQL named by the server's own variables ({@code POSTGRESQL_URL},
 * or {@code POSTGRESQL_HOST}/{@code PORT}/{@code DATABASE}, with {@code POSTGRESQL_USER} and
 * {@code POSTGRESQL_PASSWORD}), without starting WildFly. Exit code 0 on success, 1 on failure,
 * 2 on a usage error. Flyway's lock keeps two runs (or a run and a server) from applying a
 * migration twice.
 */
public final class DatabaseCommand {

    private DatabaseCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (args.length != 1 || !Arrays.asList("info", "migrate", "validate", "repair").contains(args[0])) {
            err.println("Usage: dateline database (info | migrate | validate | repair)");
            return 2;
        }
        String url = env.getOrDefault("POSTGRESQL_URL", "jdbc:postgresql://" + env.getOrDefault("POSTGRESQL_HOST",
                "localhost") + ":" + env.getOrDefault("POSTGRESQL_PORT", "5432") + "/"
                + env.getOrDefault("POSTGRESQL_DATABASE", "dateline"));
        String[] locations = env.getOrDefault("DATELINE_MIGRATIONS", "filesystem:db/migration").split(",");
        Flyway flyway = DatabaseMigrations.configure(Flyway.configure(DatabaseCommand.class.getClassLoader())
                        .dataSource(url, env.getOrDefault("POSTGRESQL_USER", "dateline"),
                                env.getOrDefault("POSTGRESQL_PASSWORD", "dateline")), locations)
                .load();
        try {
            return switch (args[0]) {
                case "info" -> info(flyway, out);
                case "migrate" -> migrate(flyway, out, err);
                case "validate" -> validate(flyway, out, err);
                default -> {
                    out.println("Repaired: " + String.join(", ", flyway.repair().repairActions));
                    yield 0;
                }
            };
        } catch (FlywayException e) {
            err.println(args[0] + " failed: " + e.getMessage());
            return 1;
        }
    }

    private static int info(Flyway flyway, PrintStream out) {
        var info = flyway.info();
        out.printf("%-10s %-45s %-12s %-20s%n", "Version", "Description", "State", "Installed on");
        for (MigrationInfo m : info.all()) {
            out.printf("%-10s %-45s %-12s %-20s%n", m.getVersion(), m.getDescription(), m.getState().getDisplayName(),
                    m.getInstalledOn() == null ? "" : m.getInstalledOn());
        }
        out.println("Schema version: " + (info.current() == null ? "empty" : info.current().getVersion())
                + "; pending: " + info.pending().length);
        return 0;
    }

    private static int migrate(Flyway flyway, PrintStream out, PrintStream err) {
        MigrateResult result = flyway.migrate();
        if (!result.success) {
            err.println("migrate failed");
            return 1;
        }
        out.println("Applied " + result.migrationsExecuted + " migration(s); schema version "
                + (result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion));
        return 0;
    }

    private static int validate(Flyway flyway, PrintStream out, PrintStream err) {
        ValidateResult result = flyway.validateWithResult();
        if (result.validationSuccessful) {
            out.println("Valid: " + result.validateCount + " migration(s) checked");
            return 0;
        }
        result.invalidMigrations.forEach(problem -> err.println("V" + problem.version + " " + problem.description
                + ": " + (problem.errorDetails == null ? "" : problem.errorDetails.errorMessage)));
        return 1;
    }
}
