package io.github.jooqcdi.hibernate;

import io.github.jooqcdi.provider.UnitConnections;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Connections outside any transaction, from the unit's own Hibernate {@link ConnectionProvider} (in a container: the
 * unit's data source; in Java SE: Hibernate's pool). Each connection is in auto-commit while borrowed; a connection the
 * provider handed out with auto-commit off is switched on for the execution and back off before it is returned.
 */
final class ConnectionProviderConnections implements UnitConnections {

    private final ConnectionProvider provider;
    private final Set<Connection> switchedToAutoCommit = Collections.synchronizedSet(
            Collections.newSetFromMap(new IdentityHashMap<>()));

    ConnectionProviderConnections(ConnectionProvider provider) {
        this.provider = provider;
    }

    @Override
    public Connection acquire() throws SQLException {
        Connection connection = provider.getConnection();
        try {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
                switchedToAutoCommit.add(connection);
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            provider.closeConnection(connection);
            throw e;
        }
    }

    @Override
    public void release(Connection connection) throws SQLException {
        try {
            if (switchedToAutoCommit.remove(connection) && !connection.isClosed()) {
                connection.setAutoCommit(false);
            }
        } finally {
            provider.closeConnection(connection);
        }
    }
}
