package io.github.jooqcdi.hibernate;

import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.execution.JooqUnit;
import io.github.jooqcdi.execution.JooqUnitBuilder;
import io.github.jooqcdi.provider.JpaProviderAdapter;
import io.github.jooqcdi.transaction.ResourceLocalTransactionState;
import io.github.jooqcdi.unit.UnitSettings;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Hibernate 7's {@code @SoftDelete(strategy = TIMESTAMP)}: a jOOQ query returns the rows JPQL returns (the deletion
 * timestamp is null), though the deleted row is still in the table.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HibernateTimestampSoftDeleteTest {

    private EntityManagerFactory emf;
    private JooqUnit filtered;
    private JooqUnit unfiltered;

    @BeforeAll
    void unit() {
        emf = new PersistenceConfiguration("hb-soft-stamp")
                .provider(HibernatePersistenceProvider.class.getName())
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .managedClass(HbStampedNote.class)
                .property(PersistenceConfiguration.JDBC_URL, "jdbc:h2:mem:hb-soft-stamp;DB_CLOSE_DELAY=-1")
                .property(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "drop-and-create")
                .createEntityManagerFactory();
        JpaProviderAdapter adapter = new HibernateAdapter();
        filtered = unit(adapter, Map.of());
        unfiltered = unit(adapter, Map.of(UnitSettings.ROW_FILTERS, "false"));
        inTransaction(em -> {
            for (long id = 1; id <= 3; id++) {
                HbStampedNote note = new HbStampedNote();
                note.id = id;
                note.text = "n" + id;
                em.persist(note);
            }
            return null;
        });
        inTransaction(em -> {
            em.remove(em.find(HbStampedNote.class, 2L));
            return null;
        });
    }

    private JooqUnit unit(JpaProviderAdapter adapter, Map<String, String> properties) {
        return JooqUnitBuilder.build("hb-soft-stamp", UnitSettings.of("hb-soft-stamp", properties, p -> fail(p)), emf,
                adapter, em -> new ResourceLocalTransactionState(em, adapter), List.of(), List.of());
    }

    @AfterAll
    void close() {
        emf.close();
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            em.close();
        }
    }

    @Test
    void liveRowsAsJpql() {
        inTransaction(em -> {
            Table<?> notes = filtered.tables().table(HbStampedNote.class);
            Field<Long> id = filtered.tables().field(HbStampedNote.class, "id").coerce(Long.class);
            List<Long> expected = em.createQuery("select n.id from HbStampedNote n order by n.id", Long.class)
                    .getResultList();
            assertEquals(List.of(1L, 3L), expected);
            QueryExecutor sql = filtered.executor(em);
            assertEquals(expected, sql.fetch(sql.dsl().select(id).from(notes).orderBy(id)).getValues(id));
            QueryExecutor all = unfiltered.executor(em);
            assertEquals(3, all.fetch(all.dsl().selectFrom(notes)).size(), "the deleted row is still in the table");
            return null;
        });
    }

    @Test
    void theFilterSaysWhatItCompares() {
        List<String> descriptions = new HibernateAdapter().rowFilters(emf).stream().map(f -> f.description()).toList();
        assertEquals(1, descriptions.size(), descriptions.toString());
        assertTrue(descriptions.get(0).endsWith("(deleted is null)"), descriptions.toString());
    }
}
