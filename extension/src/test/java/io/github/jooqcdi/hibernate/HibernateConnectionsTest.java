package io.github.jooqcdi.hibernate;

import io.github.jooqcdi.provider.UnitConnections;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HibernateConnectionsTest {

    private final HibernateAdapter adapter = new HibernateAdapter();

    @Test
    void unitConnectionsAreReturnedAfterEachExecution() throws SQLException {
        UnitConnections connections = adapter.unitConnections(HbAdapterUnit.factory());
        long before = HbAdapterUnit.dataSource().getMetrics().activeCount();
        for (int i = 0; i < 1_000; i++) {
            Connection connection = connections.acquire();
            try {
                assertTrue(connection.getAutoCommit());
                try (PreparedStatement statement = connection.prepareStatement("select 1");
                     ResultSet rs = statement.executeQuery()) {
                    assertTrue(rs.next());
                }
            } finally {
                connections.release(connection);
            }
        }
        assertEquals(before, HbAdapterUnit.dataSource().getMetrics().activeCount());
    }

    @Test
    void transactionConnectionSeesAFlushedPersistAndStaysInTheTransaction() throws SQLException {
        EntityManager em = HbAdapterUnit.factory().createEntityManager();
        try {
            assertNull(adapter.transactionConnection(em), "no transaction, no transactional connection");
            em.getTransaction().begin();
            HbCategory category = new HbCategory();
            category.name = "flushed-" + System.nanoTime();
            em.persist(category);
            em.flush();

            Connection connection = adapter.transactionConnection(em);
            assertNotNull(connection);
            try {
                assertFalse(connection.getAutoCommit(), "the transaction's connection");
                assertEquals(1, count(connection, category.name));
            } finally {
                adapter.releaseTransactionConnection(em, connection);
            }
            Connection again = adapter.transactionConnection(em);
            try {
                assertSame(connection, again, "RESOURCE_LOCAL keeps one connection per transaction");
            } finally {
                adapter.releaseTransactionConnection(em, again);
            }
            em.getTransaction().rollback();

            Connection other = HbAdapterUnit.dataSource().getConnection();
            try {
                assertEquals(0, count(other, category.name), "rolled back with the JPA transaction");
            } finally {
                other.close();
            }
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Test
    void transactionConnectionWritesCommitWithJpa() throws SQLException {
        EntityManager em = HbAdapterUnit.factory().createEntityManager();
        String name = "jdbc-" + System.nanoTime();
        try {
            em.getTransaction().begin();
            Connection connection = adapter.transactionConnection(em);
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into HbFiltered (id, active, name) values (?, true, ?)")) {
                insert.setLong(1, System.nanoTime());
                insert.setString(2, name);
                insert.executeUpdate();
            } finally {
                adapter.releaseTransactionConnection(em, connection);
            }
            em.getTransaction().commit();
        } finally {
            em.close();
        }
        try (Connection other = HbAdapterUnit.dataSource().getConnection();
             PreparedStatement select = other.prepareStatement("select count(*) from HbFiltered where name = ?")) {
            select.setString(1, name);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
    }

    private static int count(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select count(*) from HbCategory where name = ?")) {
            select.setString(1, name);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
