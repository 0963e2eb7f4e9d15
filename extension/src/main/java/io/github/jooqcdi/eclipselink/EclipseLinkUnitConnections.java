package io.github.jooqcdi.eclipselink;

import io.github.jooqcdi.provider.UnitConnections;
import org.eclipse.persistence.sessions.Connector;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Login;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.server.ConnectionPool;
import org.eclipse.persistence.sessions.server.ServerSession;

import javax.naming.Context;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Finds where an EclipseLink unit gets its connections outside a transaction: the data source of its
 * {@link JNDIConnector} (the unit's {@code jta-data-source}, else its {@code non-jta-data-source}), or, for a unit
 * configured with a JDBC URL, EclipseLink's own default (write) connection pool. The write pool is used rather than
 * the read pool because a read pool may be configured to share one connection between threads, which is not safe for
 * DML in auto-commit.
 */
final class EclipseLinkUnitConnections {

    private EclipseLinkUnitConnections() {
    }

    static UnitConnections of(Session session) {
        DataSource dataSource = dataSource(session.getDatasourceLogin());
        if (dataSource == null && session instanceof ServerSession server && server.getReadConnectionPool() != null) {
            dataSource = dataSource(server.getReadConnectionPool().getLogin());
        }
        if (dataSource != null) {
            return new EclipseLinkDataSourceConnections(dataSource);
        }
        if (session instanceof ServerSession server) {
            ConnectionPool pool = server.getDefaultConnectionPool();
            if (pool != null) {
                return new EclipseLinkPoolConnections(pool);
            }
        }
        throw new IllegalStateException("The EclipseLink session " + session.getName() + " has neither a data source"
                + " nor a connection pool to borrow connections from outside a transaction");
    }

    private static DataSource dataSource(Login login) {
        if (!(login instanceof DatasourceLogin datasourceLogin)) {
            return null;
        }
        Connector connector = datasourceLogin.getConnector();
        if (!(connector instanceof JNDIConnector jndi)) {
            return null;
        }
        if (jndi.getDataSource() != null) {
            return jndi.getDataSource();
        }
        if (jndi.getName() == null) {
            return null;
        }
        try {
            Context context = jndi.getContext() != null ? jndi.getContext() : new InitialContext();
            return (DataSource) context.lookup(jndi.getName());
        } catch (NamingException | ClassCastException e) {
            throw new IllegalStateException("Cannot look up the data source " + jndi.getName()
                    + " of an EclipseLink unit", e);
        }
    }
}
