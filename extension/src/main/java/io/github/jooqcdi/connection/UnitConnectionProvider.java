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
 * query belongs to.
 */
public final class UnitConnectionProvider implements ConnectionProvider {

    private final String unitName;
    private final JpaProviderAdapter adapter;
    private final UnitConnections unitConnections;
    private final EntityManager em;
    private final TransactionState transaction;
    private final Set<Connection> borrowed = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    public UnitConnectionProvider(String unitName, JpaProviderAdapter adapter, UnitConnections unitConnections,
                                  EntityManager em, TransactionState transaction) {
        this.unitName = unitName;
        this.adapter = adapter;
        this.unitConnections = unitConnections;
        this.em = em;
        this.transaction = transaction;
    }

    @Override
    public Connection acquire() {
        int status = transaction.status();
        if (status == Status.STATUS_ACTIVE) {
            transaction.join(em);
            Connection connection = adapter.transactionConnection(em);
            if (connection == null) {
                throw new IllegalStateException("The EntityManager of persistence unit '" + unitName
                        + "' has no connection in the active transaction; is it a container-managed "
                        + "(@PersistenceContext) or joined entity manager?");
            }
            return connection;
        }
        if (status == Status.STATUS_NO_TRANSACTION) {
            try {
                Connection connection = unitConnections.acquire();
                borrowed.add(connection);
                return connection;
            } catch (SQLException e) {
                throw new DataAccessException("Cannot borrow a connection of persistence unit '" + unitName + "': "
                        + e.getMessage(), e);
            }
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
            adapter.releaseTransactionConnection(em, connection);
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
