package io.github.jooqcdi.hibernate;

import io.github.jooqcdi.metadata.MappingModel;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hibernate's tenant and soft-delete mappings become row filters of jOOQ queries, not deployment warnings. */
class HibernateWarningsTest {

    @Test
    void tenantIdAndSoftDeleteAreRowFiltersNotWarnings() {
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("hb-adapter-tenant");
        try {
            MappingModel model = new HibernateAdapter().readMapping(emf);
            assertEquals(List.of(), model.warnings());
            List<String> filters = new HibernateAdapter().rowFilters(emf).stream()
                    .map(f -> f.entity().getName() + ": " + f.description()).toList();
            assertEquals(2, filters.size(), filters.toString());
            assertTrue(filters.stream().allMatch(w -> w.contains(HbTenantOwned.class.getName())), filters.toString());
            assertTrue(filters.stream().anyMatch(w -> w.contains("@TenantId")), filters.toString());
            assertTrue(filters.stream().anyMatch(w -> w.contains("@SoftDelete")), filters.toString());
            assertTrue(model.tables().get(0).columns().stream().anyMatch(c -> c.name().equals("deleted")),
                    "the soft-delete column Hibernate adds is a column of the table");
        } finally {
            emf.close();
        }
    }

    @Test
    void bootMetadataIsRecordedByTheIntegratorAndForgottenOnClose() {
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("hb-adapter-tenant");
        SessionFactoryImplementor factory = emf.unwrap(SessionFactoryImplementor.class);
        assertTrue(BootMetadataRecorder.isRecorded(factory), "found through META-INF/services");
        assertSame(BootMetadataRecorder.metadataOf(factory).orElseThrow(),
                BootMetadataRecorder.fromSchemaManager(factory).orElseThrow(),
                "the fallback finds the same metadata in Hibernate's schema manager");
        emf.close();
        assertFalse(BootMetadataRecorder.isRecorded(factory), "nothing kept after the factory closed");
    }
}
