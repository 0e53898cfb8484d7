package news.dateline.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.hibernate.SessionFactory;

/**
 * Compares the JPA mapping with the migrated schema. Hibernate never generates schema here, so
 * this is the only place where a mapping that disagrees with a migration is caught.
 */
@ApplicationScoped
public class SchemaMappingCheck {

    @PersistenceUnit
    EntityManagerFactory entityManagerFactory;

    /** @throws org.hibernate.tool.schema.spi.SchemaManagementException on the first mismatch */
    public void verify() {
        entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    }
}
