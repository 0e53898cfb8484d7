package news.dateline.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether the database schema is as new as the code. When it is behind (production mode with
 * migrations pending), the application refuses to serve with 503 until an admin migrates.
 */
@ApplicationScoped
public class SchemaStatus {

    private final AtomicBoolean current = new AtomicBoolean(false);

    @Inject
    DatabaseMigrations migrations;

    @Inject
    SchemaMappingCheck mappingCheck;

    public boolean isCurrent() {
        return current.get();
    }

    /**
     * Looks again: with nothing pending and a valid history, the mapping is checked against the schema
     * (a mismatch throws) and the schema counts as current.
     *
     * @return true when it just became current
     */
    public boolean recheck() {
        boolean pending = migrations.flyway().info().pending().length > 0;
        boolean valid = migrations.flyway().validateWithResult().validationSuccessful;
        if (pending || !valid) {
            current.set(false);
            return false;
        }
        mappingCheck.verify();
        return current.compareAndSet(false, true);
    }
}
