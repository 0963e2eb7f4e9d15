package io.github.jooqcdi.connection;

import io.github.jooqcdi.provider.JpaProviderAdapter;
import io.github.jooqcdi.provider.UnitConnections;
import io.github.jooqcdi.transaction.TransactionState;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import org.jooq.Configuration;
import org.jooq.ConnectionProvider;
import org.jooq.exception.DataAccessException;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The connection of one execution, chosen by the transaction state: inside an active transaction the one the unit's
 * {@code EntityManager} uses (never closed, committed or rolled back here); with no transaction one borrowed from
 * the unit's own data source and returned on release; in any other state none.
 * <p>
 * One instance per request and unit: it also tells the execute listeners which entity manager and transaction a
 * query belongs to. It is used only on the request's thread ({@link #checkThread}).
 */
public final class UnitConnectionProvider implements ConnectionProvider {

    private final String unitName;
    private final JpaProviderAdapter adapter;
    private final UnitConnections unitConnections;
    private final EntityManager em;
    private final TransactionState transaction;
    /** The thread of the request that made this provider: the only one that may use its entity manager. */
    private final Thread owner = Thread.currentThread();
    /**
     * Connections of a transaction that jOOQ holds: during a query, or while a {@code Cursor} (a lazy fetch) is open.
     * Outside a transaction any left means a cursor outlived its transaction.
     */
    private int transactionConnections;
    private final Set<Connection> borrowed = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    public UnitConnectionProvider(String unitName, JpaProviderAdapter adapter, UnitConnections unitConnections,
                                  EntityManager em, TransactionState transaction) {
        this.unitName = unitName;
        this.adapter = adapter;
        this.unitConnections = unitConnections;
        this.em = em;
        this.transaction = transaction;
    }

    /** What to tell when a cursor is read or the executor used after the cursor's transaction ended. */
    public String cursorLeftOpen() {
        return "A jOOQ Cursor or Stream (fetchLazy, fetchStream, fetchSize) of persistence unit '" + unitName
                + "' was left open past the end of its transaction; close it inside the transaction "
                + "(try-with-resources), before the commit or rollback. A Cursor or Stream that a JAX-RS resource "
                + "method returns is written after the method (and the transaction of a @Transactional or EJB method "
                + "it called) returned: open it outside any transaction, or return a Result fetched inside it";
    }

    /** Whether a cursor opened in a transaction is still open, now that none is active. */
    public boolean cursorOutlivedTransaction() {
        return transactionConnections > 0 && !transaction.isActive();
    }

    @Override
    public Connection acquire() {
        checkThread();
        int status = transaction.status();
        if (status == Status.STATUS_ACTIVE) {
            transaction.join(em);
            Connection connection = adapter.transactionConnection(em);
            if (connection == null) {
                throw new IllegalStateException("The EntityManager of persistence unit '" + unitName
                        + "' has no connection in the active transaction; is it a container-managed "
                        + "(@PersistenceContext) or joined entity manager?");
            }
            transactionConnections++;
            return connection;
        }
        if (status == Status.STATUS_NO_TRANSACTION) {
            if (transactionConnections > 0) {
                throw new IllegalStateException(cursorLeftOpen());
            }
            try {
                Connection connection = unitConnections.acquire();
                borrowed.add(connection);
                return connection;
            } catch (SQLException e) {
                throw new DataAccessException("Cannot borrow a connection of persistence unit '" + unitName + "': "
                        + e.getMessage(), e);
            }
        }
        if (status == Status.STATUS_MARKED_ROLLBACK) {
            throw new IllegalStateException("Cannot run a jOOQ query of persistence unit '" + unitName
                    + "': the current transaction is MARKED_ROLLBACK (an earlier statement failed or the "
                    + "application marked it) and can only be rolled back; let the failure end the transaction "
                    + "(or roll it back) and run the work again in a new transaction");
        }
        throw new IllegalStateException("Cannot run a jOOQ query of persistence unit '" + unitName
                + "': the current transaction is " + TransactionState.name(status)
                + "; queries run only in an ACTIVE transaction or outside any transaction");
    }

    @Override
    public void release(Connection connection) {
        if (borrowed.remove(connection)) {
            try {
                unitConnections.release(connection);
            } catch (SQLException e) {
                throw new DataAccessException("Cannot return a connection of persistence unit '" + unitName
                        + "': " + e.getMessage(), e);
            }
        } else {
            transactionConnections--;
            adapter.releaseTransactionConnection(em, connection);
        }
    }

    /**
     * Fails unless called on the thread of the request that made this provider: an entity manager is not thread-safe,
     * a JTA transaction belongs to one thread, and even the status of a resource-local transaction is the request's
     * entity manager's. A thread identity comparison, on every query.
     */
    public void checkThread() {
        Thread current = Thread.currentThread();
        if (current != owner) {
            throw new IllegalStateException("The QueryExecutor (or its DSLContext) of persistence unit '" + unitName
                    + "' was made for a request on thread '" + owner.getName() + "' and is used on thread '"
                    + current.getName() + "'; its EntityManager and transaction belong to that request's thread: "
                    + "run the query on the request's thread, or inject a "
                    + "QueryExecutor into the code the other thread runs (with a request context and transaction "
                    + "of its own there)");
        }
    }

    /**
     * The provider of the request a configuration belongs to. jOOQ wraps the connection provider of the
     * configurations it hands to listeners, so the request's provider travels in the configuration's data (which
     * every derived configuration copies).
     */
    public static UnitConnectionProvider of(Configuration configuration) {
        return (UnitConnectionProvider) configuration.data(UnitConnectionProvider.class);
    }

    /** A configuration of this request: {@code unitConfiguration} with this provider. */
    public Configuration configure(Configuration unitConfiguration) {
        Configuration derived = unitConfiguration.derive(this);
        derived.data(UnitConnectionProvider.class, this);
        return derived;
    }

    public EntityManager entityManager() {
        return em;
    }

    public TransactionState transaction() {
        return transaction;
    }
}
