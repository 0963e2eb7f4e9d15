package io.github.jooqcdi.hibernate;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.resource.transaction.spi.TransactionCoordinator;
import org.hibernate.resource.transaction.spi.TransactionStatus;

import java.sql.Connection;

/**
 * The JDBC connection a Hibernate session uses in its transaction, taken for one execution through the session's
 * logical connection (which acquires the physical connection if Hibernate released it after its own last statement).
 * jOOQ's execution does not hand it back: Hibernate releases it after its own next statement or when the transaction
 * completes (its connection handling mode decides). Handing it back after every jOOQ statement
 * ({@code afterStatementExecution}) cost a pool handle per query inside WildFly: 36 of the executor's 83 extra samples
 * in a JFR profile (benchmarks/README.md).
 */
final class SessionConnections {

    private SessionConnections() {
    }

    /** The session's connection in its transaction, or {@code null} when the session is in no transaction. */
    static Connection acquire(EntityManager em) {
        SessionImplementor session = sessionInTransaction(em);
        return session == null ? null
                : session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
    }

    /**
     * The entity manager's session if it is open and in a transaction (a JTA session not yet joined to the active JTA
     * transaction joins it first, as its own next statement would), else {@code null}.
     */
    static SessionImplementor sessionInTransaction(EntityManager em) {
        if (em == null || !em.isOpen()) {
            return null;
        }
        SessionImplementor session = HibernateSessions.of(em);
        if (session.isClosed()) {
            return null;
        }
        if (!session.isTransactionInProgress()) {
            joinJtaTransaction(session);
        }
        return session.isTransactionInProgress() ? session : null;
    }

    /** A JTA session not yet joined to the active JTA transaction joins it (as its own next statement would). */
    private static void joinJtaTransaction(SessionImplementor session) {
        TransactionCoordinator coordinator = session.getTransactionCoordinator();
        if (coordinator.getTransactionCoordinatorBuilder().isJta() && !coordinator.isJoined()
                && coordinator.getTransactionDriverControl().getStatus() == TransactionStatus.ACTIVE) {
            coordinator.explicitJoin();
        }
    }
}
