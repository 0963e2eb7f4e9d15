package io.github.jooqcdi.hibernate;

import io.agroal.api.AgroalDataSource;
import io.github.jooqcdi.support.Jta;
import io.github.jooqcdi.support.TestEmfs;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.UserTransaction;
import org.hibernate.engine.spi.SessionImplementor;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The session's connection in a real JTA transaction (Narayana, Agroal pool enlisted in it), where Hibernate releases
 * its connection after each statement as it does in WildFly.
 */
class HibernateJtaConnectionsTest {

    private static final String URL = "jdbc:h2:mem:hb-adapter-jta;DB_CLOSE_DELAY=-1";

    private final HibernateAdapter adapter = new HibernateAdapter();
    private final EntityManagerFactory factory = TestEmfs.jta("hb-adapter-jta", URL);
    private final AgroalDataSource pool = TestEmfs.pool("hb-adapter-jta", URL);
    private final UserTransaction tx = Jta.userTransaction();

    @Test
    void connectionPerExecutionSeesTheFlushAndHibernateReleasesIt() throws Exception {
        long idle = pool.getMetrics().activeCount();
        String name = "jta-" + System.nanoTime();
        tx.begin();
        EntityManager em = factory.createEntityManager();
        try {
            HbCategory category = new HbCategory();
            category.name = name;
            em.persist(category);
            em.flush();
            SessionImplementor session = em.unwrap(SessionImplementor.class);

            for (int i = 0; i < 3; i++) {
                Connection connection = adapter.transactionConnection(em);
                assertNotNull(connection);
                try {
                    assertEquals(1, count(connection, name), "the flushed row, on the transaction's connection");
                } finally {
                    adapter.releaseTransactionConnection(em, connection);
                }
                assertTrue(session.getJdbcCoordinator().getLogicalConnection().isPhysicallyConnected(),
                        "kept by the session after jOOQ's execution: no pool handle per query");
                // Hibernate's own next statement works after ours, and releases the connection as after its own
                assertEquals(1L, em.createQuery("select count(c) from HbCategory c where c.name = :n", Long.class)
                        .setParameter("n", name).getSingleResult());
                assertFalse(session.getJdbcCoordinator().getLogicalConnection().isPhysicallyConnected(),
                        "released by Hibernate after its own statement");
            }
            Connection last = adapter.transactionConnection(em); // jOOQ's statement is the transaction's last
            assertEquals(1, count(last, name));
            adapter.releaseTransactionConnection(em, last);
        } finally {
            tx.rollback();
            em.close();
        }
        assertEquals(0, countOutside(name), "rolled back with JTA");
        assertEquals(idle, pool.getMetrics().activeCount(), "the transaction's end released the connection");
    }

    @Test
    void anEntityManagerCreatedBeforeTheTransactionJoinsIt() throws Exception {
        String name = "joined-" + System.nanoTime();
        EntityManager em = factory.createEntityManager();
        try {
            assertNull(adapter.transactionConnection(em), "no JTA transaction: no transactional connection");
            tx.begin();
            try {
                Connection connection = adapter.transactionConnection(em);
                assertNotNull(connection);
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into HbCategory (id, name) values (?, ?)")) {
                    insert.setLong(1, System.nanoTime());
                    insert.setString(2, name);
                    insert.executeUpdate();
                } finally {
                    adapter.releaseTransactionConnection(em, connection);
                }
                assertTrue(em.isJoinedToTransaction());
                assertEquals(1, countOutsideAfterCommit(name));
            } finally {
                if (tx.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
                    tx.rollback();
                }
            }
        } finally {
            em.close();
        }
    }

    private int countOutsideAfterCommit(String name) throws Exception {
        tx.commit();
        return countOutside(name);
    }

    private int countOutside(String name) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            return count(connection, name);
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
