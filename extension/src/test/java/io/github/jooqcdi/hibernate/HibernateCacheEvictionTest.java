package io.github.jooqcdi.hibernate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rows changed behind Hibernate's back are reloaded once the adapter evicted their tables. */
class HibernateCacheEvictionTest {

    private final HibernateAdapter adapter = new HibernateAdapter();
    private final EntityManagerFactory factory = HbAdapterUnit.factory();

    @Test
    void evictionInsideATransactionMakesAStaleEntityReload() throws SQLException {
        Long id = cachedCategory("before");
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            Connection connection = adapter.transactionConnection(em);
            try {
                rename(connection, id, "after");
            } finally {
                adapter.releaseTransactionConnection(em, connection);
            }
            // registered on the session's action queue: Hibernate evicts when the transaction completes
            adapter.evict(factory, em, Set.of("HbCategory"), Set.of(HbCategory.class), false);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
        assertEquals("after", load(id));
    }

    @Test
    void evictionInARolledBackTransactionEvictsToo() throws SQLException {
        Long id = cachedCategory("before");
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            adapter.evict(factory, em, Set.of("HbCategory"), Set.of(), false);
            em.getTransaction().rollback();
        } finally {
            em.close();
        }
        assertFalse(factory.getCache().contains(HbCategory.class, id));
    }

    @Test
    void resourceLocalCompletionCallbackRunsOnceAfterTheCommitOrRollback() {
        List<String> ran = new ArrayList<>();
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            assertTrue(adapter.afterResourceLocalCompletion(em, () -> ran.add("first")));
            assertEquals(List.of(), ran, "not before the transaction completes");
            em.getTransaction().commit();
            assertEquals(List.of("first"), ran);

            em.getTransaction().begin();
            adapter.afterResourceLocalCompletion(em, () -> ran.add("second"));
            em.getTransaction().rollback();
            assertEquals(List.of("first", "second"), ran, "each callback once, after its own transaction");
        } finally {
            em.close();
        }
    }

    @Test
    void evictionOutsideATransaction() throws SQLException {
        Long id = cachedCategory("before");
        try (Connection connection = HbAdapterUnit.dataSource().getConnection()) {
            rename(connection, id, "after");
        }
        assertEquals("before", load(id), "stale: served from the second-level cache");
        adapter.evict(factory, null, Set.of("hbcategory"), Set.of(), false);
        assertEquals("after", load(id));
    }

    @Test
    void evictionOfAnotherTableKeepsTheEntityCached() {
        Long id = cachedCategory("kept");
        adapter.evict(factory, null, Set.of("hb_product_labels"), Set.of(), false);
        assertTrue(factory.getCache().contains(HbCategory.class, id));
    }

    @Test
    void evictionOfEverything() throws SQLException {
        Long id = cachedCategory("before");
        try (Connection connection = HbAdapterUnit.dataSource().getConnection()) {
            rename(connection, id, "after");
        }
        adapter.evict(factory, null, Set.of(), Set.of(), true);
        assertEquals("after", load(id));
        assertFalse(adapter.evictAgainAfterCompletion());
    }

    private Long cachedCategory(String name) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            HbCategory category = new HbCategory();
            category.name = name;
            em.persist(category);
            em.getTransaction().commit();
            Long id = category.id;
            assertEquals(name, load(id));
            assertTrue(factory.getCache().contains(HbCategory.class, id), "cached");
            return id;
        } finally {
            em.close();
        }
    }

    private String load(Long id) {
        EntityManager em = factory.createEntityManager();
        try {
            return em.find(HbCategory.class, id).name;
        } finally {
            em.close();
        }
    }

    private static void rename(Connection connection, Long id, String name) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update HbCategory set name = ? where id = ?")) {
            update.setString(1, name);
            update.setLong(2, id);
            assertEquals(1, update.executeUpdate());
        }
    }
}
