package io.github.jooqcdi.hibernate;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.resource.transaction.spi.TransactionCoordinator;

import java.sql.Connection;

/**
 * The JDBC connection a Hibernate session uses in its transaction, borrowed for one execution: acquired through the
 * session's logical connection (which acquires the physical connection if Hibernate released it after its last
 * statement) and handed back through {@code afterStatementExecution()}, so that Hibernate's own connection release
 * mode (after statement in a JTA container, after transaction with {@code RESOURCE_LOCAL}) applies as to its own
 * statements.
 */
final class SessionConnections {

    private SessionConnections() {
    }

    /** The session's connection in its transaction, or {@code null} when the session is in no transaction. */
    static Connection acquire(EntityManager em) {
        SessionImplementor session = HibernateSessions.of(em);
        if (session.isClosed()) {
            return null;
        }
        if (!session.isTransactionInProgress()) {
            joinJtaTransaction(session);
            if (!session.isTransactionInProgress()) {
                return null;
            }
        }
        return session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
    }

    /** Tells the session that the execution on its connection is over. */
    static void release(EntityManager em) {
        SessionImplementor session = HibernateSessions.of(em);
        if (!session.isClosed()) {
            session.getJdbcCoordinator().afterStatementExecution();
        }
    }

    /** A JTA session not yet joined to the active JTA transaction joins it (as its own next statement would). */
    private static void joinJtaTransaction(SessionImplementor session) {
        TransactionCoordinator coordinator = session.getTransactionCoordinator();
        if (coordinator.getTransactionCoordinatorBuilder().isJta() && !coordinator.isJoined()) {
            coordinator.explicitJoin();
        }
    }
}
