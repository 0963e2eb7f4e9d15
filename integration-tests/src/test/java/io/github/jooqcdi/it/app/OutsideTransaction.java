package io.github.jooqcdi.it.app;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.demo.shop.Tag;
import io.github.jooqcdi.demo.shop.Tag_;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import java.util.concurrent.TimeUnit;

/**
 * Looks at the tags from another thread, outside any transaction (jooq-cdi's borrowed-connection path), to see what
 * the caller's transaction has not committed yet. Another thread, not a REQUIRES_NEW transaction on the same one:
 * Payara's pool shares the suspended transaction's connection with a new transaction of the same component on a
 * non-XA data source, so that would see (and commit) the caller's work.
 */
@ApplicationScoped
public class OutsideTransaction {

    @Resource
    ManagedExecutorService executor;

    @Inject
    Counter counter;

    public int countTags(String name) {
        try {
            return executor.submit(() -> counter.count(name)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("counting " + name + " outside the transaction failed", e);
        }
    }

    /** Runs on the executor's thread, in a request of its own. */
    @ApplicationScoped
    public static class Counter {
        @Inject
        QueryExecutor sql;

        @ActivateRequestContext
        public int count(String name) {
            EntityTables t = sql.tables();
            return sql.dsl().fetchCount(t.table(Tag.class), t.field(Tag_.name).eq(name));
        }
    }
}
