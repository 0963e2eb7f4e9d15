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

/** Hibernate mapping features jOOQ queries cannot apply become deployment warnings that name the entity. */
class HibernateWarningsTest {

    @Test
    void tenantIdAndSoftDelete() {
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("hb-adapter-tenant");
        try {
            MappingModel model = new HibernateAdapter().readMapping(emf);
            List<String> warnings = model.warnings();
            assertEquals(2, warnings.size(), warnings.toString());
            assertTrue(warnings.stream().allMatch(w -> w.contains(HbTenantOwned.class.getName())), warnings.toString());
            assertTrue(warnings.stream().anyMatch(w -> w.contains("@TenantId")), warnings.toString());
            assertTrue(warnings.stream().anyMatch(w -> w.contains("@SoftDelete")), warnings.toString());
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
