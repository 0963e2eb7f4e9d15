package io.github.jooqcdi.eclipselink;

import io.github.jooqcdi.provider.UnitConnections;
import org.eclipse.persistence.sessions.server.ConnectionPool;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Borrows connections from EclipseLink's own connection pool, for units that connect through a JDBC URL (no data
 * source): each connection is the one of a pooled accessor, and releasing it returns the accessor to the pool.
 * The extension never closes these connections; EclipseLink owns them.
 */
final class EclipseLinkPoolConnections implements UnitConnections {

    private final ConnectionPool pool;
    private final Map<Connection, Runnable> borrowed = new IdentityHashMap<>();

    EclipseLinkPoolConnections(ConnectionPool pool) {
        this.pool = pool;
    }

    ConnectionPool pool() {
        return pool;
    }

    @Override
    public Connection acquire() throws SQLException {
        EclipseLinkInternals.PooledConnection pooled = EclipseLinkInternals.acquire(pool);
        Connection connection = pooled.connection();
        if (connection == null) {
            throw new SQLException("EclipseLink's connection pool " + pool.getName() + " gave an accessor without a"
                    + " JDBC connection");
        }
        try {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            pooled.release().run();
            throw e;
        }
        synchronized (borrowed) {
            borrowed.put(connection, pooled.release());
        }
        return connection;
    }

    @Override
    public void release(Connection connection) throws SQLException {
        Runnable release;
        synchronized (borrowed) {
            release = borrowed.remove(connection);
        }
        if (release == null) {
            throw new SQLException("This connection was not borrowed from EclipseLink's pool " + pool.getName()
                    + " (or was released twice)");
        }
        release.run();
    }

    /** How many connections are borrowed and not yet released (for tests and diagnostics). */
    int borrowedCount() {
        synchronized (borrowed) {
            return borrowed.size();
        }
    }
}
