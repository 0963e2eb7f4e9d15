package io.github.jooqcdi.it.shapes.faults;

import io.github.jooqcdi.QueryExecutor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Work in a transaction of its own ({@code REQUIRES_NEW}), beside the caller's suspended one. */
@RequestScoped
public class Interference {

    @Inject
    QueryExecutor executor;

    /** What a concurrent writer does: commits a new version of the account (its balance unchanged). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void incrementVersion(long account) {
        Transfers.Fields f = new Transfers.Fields(executor.tables());
        int rows = executor.execute(executor.dsl().update(f.accounts).set(f.version, f.version.plus(1L))
                .where(f.id.eq(account)));
        if (rows != 1) {
            throw new IllegalStateException("account " + account + ": " + rows + " rows updated");
        }
    }

    /** Runs a query, then keeps its transaction, and so its connection, for {@code millis}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void holdConnection(long millis) {
        Transfers.Fields f = new Transfers.Fields(executor.tables());
        executor.fetch(executor.dsl().selectCount().from(f.accounts));
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
