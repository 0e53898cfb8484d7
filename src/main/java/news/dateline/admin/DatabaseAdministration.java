package news.dateline.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import news.dateline.account.Editor;
import news.dateline.account.Permission;
import news.dateline.audit.AuditAction;
import news.dateline.audit.AuditLog;
import news.dateline.platform.ApplicationStarted;
import news.dateline.platform.DatabaseMigrations;
import news.dateline.platform.MigrationsApplied;
import news.dateline.platform.PageRenderer;
import news.dateline.platform.SchemaStatus;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.ValidateOutput;

/**
 * What admins do with the schema: read every migration's state, validate the history, migrate and
 * repair. Migrating is refused while validation finds a problem; repair is its own, deliberate act.
 */
@ApplicationScoped
public class DatabaseAdministration {

    /** The state of the schema, as the admin page shows it. */
    public record Overview(String currentVersion, List<MigrationInfo> migrations, List<MigrationInfo> pending,
                           List<ValidateOutput> problems) {
    }

    /** What a run of migrate or repair did. */
    public record Outcome(boolean success, String message) {
    }

    @Inject
    DatabaseMigrations migrations;

    @Inject
    SchemaStatus schemaStatus;

    @Inject
    AuditLog audit;

    @Inject
    Event<ApplicationStarted> started;

    /** Records the migrations the deployment applied when it started, before anyone signed in. */
    void onMigrationsAppliedAtStart(@Observes MigrationsApplied applied) {
        audit.record(AuditAction.MIGRATIONS_RUN, "system (start-up)", "schema",
                applied.count() + " applied, now at version " + applied.schemaVersion());
    }

    public Overview overview(Editor admin) {
        admin.require(Permission.MANAGE_DATABASE);
        Flyway flyway = migrations.flyway();
        var info = flyway.info();
        MigrationInfo current = info.current();
        List<ValidateOutput> problems = problems(flyway);
        return new Overview(current == null ? "empty" : current.getVersion().getVersion(),
                Arrays.asList(info.all()), Arrays.asList(info.pending()), problems);
    }

    public Outcome migrate(Editor admin) {
        admin.require(Permission.MANAGE_DATABASE);
        Flyway flyway = migrations.flywayRunBy(admin.username());
        if (!problems(flyway).isEmpty()) {
            return new Outcome(false, PageRenderer.message("database.outcome.refused"));
        }
        try {
            MigrateResult result = flyway.migrate();
            audit.record(AuditAction.MIGRATIONS_RUN, admin, "schema", result.migrationsExecuted + " applied, now at "
                    + result.targetSchemaVersion);
            becameCurrent();
            return new Outcome(true, PageRenderer.message("database.outcome.applied", result.migrationsExecuted,
                    result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion));
        } catch (FlywayException e) {
            audit.record(AuditAction.MIGRATIONS_FAILED, admin, "schema", e.getMessage());
            return new Outcome(false, PageRenderer.message("database.outcome.failed", e.getMessage()));
        }
    }

    public Outcome repair(Editor admin) {
        admin.require(Permission.MANAGE_DATABASE);
        try {
            var result = migrations.flywayRunBy(admin.username()).repair();
            audit.record(AuditAction.MIGRATIONS_REPAIRED, admin, "schema", String.join(", ", result.repairActions));
            becameCurrent();
            return new Outcome(true, result.repairActions.isEmpty() ? PageRenderer.message("database.outcome.nothingToRepair")
                    : PageRenderer.message("database.outcome.repaired", String.join(", ", result.repairActions)));
        } catch (FlywayException e) {
            return new Outcome(false, PageRenderer.message("database.outcome.repairFailed", e.getMessage()));
        }
    }

    /** The SQL of a migration, read from where Flyway found it. */
    public Optional<String> sql(Editor admin, String version) {
        admin.require(Permission.MANAGE_DATABASE);
        return Arrays.stream(migrations.flyway().info().all())
                .filter(m -> m.getVersion() != null && m.getVersion().getVersion().equals(version))
                .findFirst()
                .flatMap(DatabaseAdministration::read);
    }

    /** What validation finds wrong with the history; a migration that is merely pending is no problem. */
    private static List<ValidateOutput> problems(Flyway flyway) {
        return flyway.validateWithResult().invalidMigrations.stream()
                .filter(problem -> problem.errorDetails != null)
                .filter(problem -> problem.errorDetails.errorCode != CoreErrorCode.RESOLVED_VERSIONED_MIGRATION_NOT_APPLIED
                        && problem.errorDetails.errorCode != CoreErrorCode.RESOLVED_REPEATABLE_MIGRATION_NOT_APPLIED)
                .toList();
    }

    private void becameCurrent() {
        if (schemaStatus.recheck()) {
            started.fire(new ApplicationStarted());
        }
    }

    private static Optional<String> read(MigrationInfo migration) {
        String physical = migration.getPhysicalLocation();
        try {
            if (physical != null && !physical.isBlank() && Files.isRegularFile(Path.of(physical))) {
                return Optional.of(Files.readString(Path.of(physical), StandardCharsets.UTF_8));
            }
            try (InputStream in = DatabaseAdministration.class.getClassLoader()
                    .getResourceAsStream("db/migration/" + migration.getScript())) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
