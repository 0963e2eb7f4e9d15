package io.github.jooqcdi.transaction;

import org.jooq.TransactionContext;
import org.jooq.TransactionProvider;
import org.jooq.exception.DataAccessException;

import java.util.function.Function;

/**
 * jOOQ's {@code dsl().transaction(...)} on the container's transaction: inside one it joins it (nested calls join
 * too, without savepoints) and a failure marks it rollback-only; outside any it begins one where that is allowed.
 */
public final class ContainerTransactionProvider implements TransactionProvider {

    private final Function<TransactionContext, TransactionState> states;

    /** @param states the transaction state of the configuration a transaction runs in */
    public ContainerTransactionProvider(Function<TransactionContext, TransactionState> states) {
        this.states = states;
    }

    /** A transaction that joined one already running. */
    private record Joined(TransactionState state) implements org.jooq.Transaction {
    }

    /** A transaction this provider began. */
    private record Owned(TransactionState.Begun begun) implements org.jooq.Transaction {
    }

    @Override
    public void begin(TransactionContext ctx) {
        TransactionState state = states.apply(ctx);
        int status = state.status();
        if (state.isActive()) {
            ctx.transaction(new Joined(state));
        } else if (status == jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
            ctx.transaction(new Owned(state.begin()));
        } else {
            throw new IllegalStateException("Cannot run dsl().transaction(...): the current transaction is "
                    + TransactionState.name(status));
        }
    }

    @Override
    public void commit(TransactionContext ctx) {
        if (ctx.transaction() instanceof Owned owned) {
            try {
                owned.begun().commit();
            } catch (Exception e) {
                throw new DataAccessException("Commit failed: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void rollback(TransactionContext ctx) {
        if (ctx.transaction() instanceof Owned owned) {
            try {
                owned.begun().rollback();
            } catch (Exception e) {
                throw new DataAccessException("Rollback failed: " + e.getMessage(), e);
            }
        } else if (ctx.transaction() instanceof Joined joined) {
            joined.state().setRollbackOnly();
        }
    }
}
