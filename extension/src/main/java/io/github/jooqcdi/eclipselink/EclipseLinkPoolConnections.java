package io.github.jooqcdi.eclipselink;

import io.github.jooqcdi.provider.UnitConnections;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.sessions.server.ConnectionPool;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Borrows connections from EclipseLink's own connection pool, for units that connect through a JDBC URL (no data
 * source): each connection is the one of a pooled {@link Accessor}, and releasing it returns the accessor to the pool.
 * The extension never closes these connections; EclipseLink owns them.
 */
final class EclipseLinkPoolConnections implements UnitConnections {

    private final ConnectionPool pool;
    private final Map<Connection, Accessor> borrowed = new IdentityHashMap<>();

    EclipseLinkPoolConnections(ConnectionPool pool) {
        this.pool = pool;
    }

    ConnectionPool pool() {
        return pool;
    }

    @Override
    public Connection acquire() throws SQLException {
        Accessor accessor = pool.acquireConnection();
        Connection connection = accessor.getConnection();
        if (connection == null) {
            pool.releaseConnection(accessor);
            throw new SQLException("EclipseLink's connection pool " + pool.getName() + " gave an accessor without a"
                    + " JDBC connection");
        }
        try {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            pool.releaseConnection(accessor);
            throw e;
        }
        synchronized (borrowed) {
            borrowed.put(connection, accessor);
        }
        return connection;
    }

    @Override
    public void release(Connection connection) throws SQLException {
        Accessor accessor;
        synchronized (borrowed) {
            accessor = borrowed.remove(connection);
        }
        if (accessor == null) {
            throw new SQLException("This connection was not borrowed from EclipseLink's pool " + pool.getName()
                    + " (or was released twice)");
        }
        pool.releaseConnection(accessor);
    }

    /** How many connections are borrowed and not yet released (for tests and diagnostics). */
    int borrowedCount() {
        synchronized (borrowed) {
            return borrowed.size();
        }
    }
}
