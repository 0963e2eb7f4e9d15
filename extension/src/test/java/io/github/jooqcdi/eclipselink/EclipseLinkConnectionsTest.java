package io.github.jooqcdi.eclipselink;

import io.github.jooqcdi.eclipselink.model.ElProduct;
import io.github.jooqcdi.provider.UnitConnections;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Connections of the EclipseLink adapter: in a transaction, and outside of one (EclipseLink's pool, a data source). */
class EclipseLinkConnectionsTest {

    private static EntityManagerFactory emf;
    private final EclipseLinkAdapter adapter = new EclipseLinkAdapter();

    @BeforeAll
    static void boot() {
        emf = ElAdapterUnit.create("el-connections");
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    @Test
    void noTransactionConnectionOutsideATransaction() {
        EntityManager em = emf.createEntityManager();
        try {
            assertNull(adapter.transactionConnection(em));
        } finally {
            em.close();
        }
    }

    @Test
    void transactionConnectionOfAResourceLocalTransactionSeesFlushedWritesAndRollsBackWithIt() throws SQLException {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            // asked before EclipseLink ran any SQL: it begins its database transaction early
            Connection connection = adapter.transactionConnection(em);
            assertNotNull(connection);
            assertEquals(false, connection.getAutoCommit());
            ElProduct product = new ElProduct();
            product.title = "flushed-in-tx";
            em.persist(product);
            assertEquals(0, count(connection, "flushed-in-tx"), "not flushed yet");
            em.flush();
            Connection again = adapter.transactionConnection(em);
            assertSame(connection, again, "one connection for the whole transaction");
            assertEquals(1, count(again, "flushed-in-tx"));
            try (PreparedStatement insert = again.prepareStatement(
                    "insert into ELPRODUCT (ID, TITLE) values (?, 'jdbc-in-tx')")) {
                insert.setLong(1, 900_001L);
                insert.executeUpdate();
            }
            adapter.releaseTransactionConnection(em, again);
            em.getTransaction().rollback();
        } finally {
            em.close();
        }
        UnitConnections connections = adapter.unitConnections(emf);
        Connection outside = connections.acquire();
        try {
            assertEquals(0, count(outside, "flushed-in-tx"));
            assertEquals(0, count(outside, "jdbc-in-tx"), "the rollback covers what was written on the connection");
        } finally {
            connections.release(outside);
        }
    }

    @Test
    void writesOnTheTransactionConnectionCommitWithJpa() throws SQLException {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            try (PreparedStatement insert = adapter.transactionConnection(em).prepareStatement(
                    "insert into ELPRODUCT (ID, TITLE) values (?, 'committed-jdbc')")) {
                insert.setLong(1, 900_002L);
                insert.executeUpdate();
            }
            em.getTransaction().commit();
        } finally {
            em.close();
        }
        EntityManager reader = emf.createEntityManager();
        try {
            assertEquals("committed-jdbc", reader.find(ElProduct.class, 900_002L).title);
        } finally {
            reader.close();
        }
    }

    @Test
    void poolConnectionsAreReturnedToEclipseLinksPool() throws SQLException {
        UnitConnections connections = adapter.unitConnections(emf);
        EclipseLinkPoolConnections pool = assertInstanceOf(EclipseLinkPoolConnections.class, connections);
        int available = pool.pool().getConnectionsAvailable().size();
        int total = pool.pool().getTotalNumberOfConnections();
        for (int i = 0; i < 1_000; i++) {
            Connection connection = connections.acquire();
            assertTrue(connection.getAutoCommit());
            try (Statement statement = connection.createStatement()) {
                statement.execute("select 1");
            }
            connections.release(connection);
        }
        assertEquals(0, pool.borrowedCount());
        assertEquals(available, pool.pool().getConnectionsAvailable().size());
        assertEquals(total, pool.pool().getTotalNumberOfConnections());
    }

    @Test
    void poolConnectionsWorkInAutoCommit() throws SQLException {
        UnitConnections connections = adapter.unitConnections(emf);
        Connection connection = connections.acquire();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into ELPRODUCT (ID, TITLE, PRICE) values (?, 'auto-commit', ?)")) {
            insert.setLong(1, 900_003L);
            insert.setBigDecimal(2, BigDecimal.ONE);
            insert.executeUpdate();
        } finally {
            connections.release(connection);
        }
        EntityManager reader = emf.createEntityManager();
        try {
            assertEquals("auto-commit", reader.find(ElProduct.class, 900_003L).title);
        } finally {
            reader.close();
        }
    }

    @Test
    void releasingAConnectionTwiceOrAForeignOneIsRefused() throws SQLException {
        UnitConnections connections = adapter.unitConnections(emf);
        Connection connection = connections.acquire();
        connections.release(connection);
        assertThrows(SQLException.class, () -> connections.release(connection));
    }

    @Test
    void dataSourceConnectionsAreBorrowedFromTheUnitsDataSourceAndClosed() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(ElAdapterUnit.url("el-datasource"));
        h2.setUser("sa");
        CountingDataSource dataSource = new CountingDataSource(h2);
        EntityManagerFactory withDataSource = ElAdapterUnit.create("el-datasource",
                Map.of("jakarta.persistence.nonJtaDataSource", dataSource));
        try {
            UnitConnections connections = adapter.unitConnections(withDataSource);
            EclipseLinkDataSourceConnections borrowed = assertInstanceOf(EclipseLinkDataSourceConnections.class,
                    connections);
            assertSame(dataSource, borrowed.dataSource());
            int open = dataSource.open.get();
            int opened = dataSource.opened.get();
            for (int i = 0; i < 1_000; i++) {
                Connection connection = connections.acquire();
                assertTrue(connection.getAutoCommit());
                try (Statement statement = connection.createStatement()) {
                    statement.execute("select count(*) from ELPRODUCT");
                }
                connections.release(connection);
            }
            assertEquals(open, dataSource.open.get(), "every borrowed connection was closed");
            assertEquals(opened + 1_000, dataSource.opened.get());
        } finally {
            withDataSource.close();
        }
    }

    private static int count(Connection connection, String title) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select count(*) from ELPRODUCT where TITLE = ?")) {
            query.setString(1, title);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** A data source that counts the connections it handed out and that were not closed yet. */
    static final class CountingDataSource implements DataSource {
        final DataSource target;
        final AtomicInteger open = new AtomicInteger();
        final AtomicInteger opened = new AtomicInteger();

        CountingDataSource(DataSource target) {
            this.target = target;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(target.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counted(target.getConnection(username, password));
        }

        private Connection counted(Connection connection) {
            open.incrementAndGet();
            opened.incrementAndGet();
            AtomicInteger closed = new AtomicInteger();
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close") && closed.getAndIncrement() == 0) {
                            open.decrementAndGet();
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return target.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            target.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            target.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return target.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return target.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            return target.unwrap(iface);
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) throws SQLException {
            return target.isWrapperFor(iface);
        }
    }
}
