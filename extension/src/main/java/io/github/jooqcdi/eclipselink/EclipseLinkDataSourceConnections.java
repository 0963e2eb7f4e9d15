package io.github.jooqcdi.eclipselink;

import io.github.jooqcdi.provider.UnitConnections;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Borrows connections from the data source an EclipseLink unit was given ({@code jta-data-source} or
 * {@code non-jta-data-source}), one per execution, and closes them right after, which hands them back to the pool.
 */
final class EclipseLinkDataSourceConnections implements UnitConnections {

    private final DataSource dataSource;

    EclipseLinkDataSourceConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public Connection acquire() throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public void release(Connection connection) throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }
}
