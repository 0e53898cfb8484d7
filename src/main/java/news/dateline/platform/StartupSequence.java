package news.dateline.platform;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs when the deployment starts and before any request: migrate (unless switched off), check
 * the mapping against the schema, then tell the features that the application has started. A
 * mapping that disagrees with the schema fails the deployment; a schema that is merely behind
 * leaves the application answering 503 (see {@link MaintenanceGate}) until it is migrated.
 */
@WebListener
public class StartupSequence implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());

    @Inject
    Settings settings;

    @Inject
    DatabaseMigrations migrations;

    @Inject
    SchemaStatus schemaStatus;

    @Inject
    Event<ApplicationStarted> started;

    @Inject
    Event<MigrationsApplied> migrationsApplied;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        checkSettings();
        if (settings.migrateOnStart()) {
            MigrateResult result = migrations.migrate();
            if (result.migrationsExecuted > 0) {
                migrationsApplied.fire(new MigrationsApplied(result.migrationsExecuted, result.targetSchemaVersion));
            }
            LOG.info(() -> "Database migrations: " + result.migrationsExecuted + " applied, schema now at version "
                    + (result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion));
        } else {
            LOG.info("Migrate-on-start is off (dateline.migrate-on-start=false)");
        }
        if (schemaStatus.recheck()) {
            started.fire(new ApplicationStarted());
        } else {
            LOG.warning("The database schema is behind the application: pages answer 503 until the pending"
                    + " migrations have run (at /newsroom/admin/database, with the database command or by another"
                    + " server); the schema is looked at again every " + settings.schemaRecheckSeconds() + " s");
        }
        schemaStatus.watch(settings.schemaRecheckSeconds());
    }

    /**
     * Settings that every request depends on are read once here, so that a missing public address,
     * a malformed proxy list or an unusable SMTP setting stops the deployment instead of failing later.
     */
    private void checkSettings() {
        LOG.info(() -> "Public address: " + settings.publicUrl() + "; also answering as " + settings.allowedHosts());
        ClientAddress.TrustedProxies.of(settings.trustedProxies());
        settings.publicFrameAncestors();
        settings.smtp().ifPresentOrElse(
                smtp -> LOG.info(() -> "Notifications are also e-mailed through " + smtp),
                () -> LOG.info("No SMTP server configured (dateline.smtp-host): notifications are not e-mailed"));
    }
}
