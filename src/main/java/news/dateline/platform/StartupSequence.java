package news.dateline.platform;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import news.dateline.audit.AuditAction;
import news.dateline.audit.AuditLog;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs when the deployment starts and before any request: migrate (unless switched off), check
 * the mapping against the schema, then tell the features that the application has started.
 * A failure here fails the deployment, so a half-migrated application never serves.
 */
@WebListener
public class StartupSequence implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());

    @Inject
    Settings settings;

    @Inject
    DatabaseMigrations migrations;

    @Inject
    SchemaMappingCheck schemaMappingCheck;

    @Inject
    Event<ApplicationStarted> started;

    @Inject
    AuditLog audit;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (settings.migrateOnStart()) {
            MigrateResult result = migrations.migrate();
            if (result.migrationsExecuted > 0) {
                audit.record(AuditAction.MIGRATIONS_RUN, "system (start-up)", "schema",
                        result.migrationsExecuted + " applied, now at version " + result.targetSchemaVersion);
            }
            LOG.info(() -> "Database migrations: " + result.migrationsExecuted + " applied, schema now at version "
                    + (result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion));
        } else {
            LOG.info("Migrate-on-start is off (dateline.migrate-on-start=false)");
        }
        schemaMappingCheck.verify();
        started.fire(new ApplicationStarted());
    }
}
