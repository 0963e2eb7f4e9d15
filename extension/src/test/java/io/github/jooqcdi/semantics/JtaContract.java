package io.github.jooqcdi.semantics;

import io.github.jooqcdi.support.Jta;
import io.github.jooqcdi.support.TestEmfs;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;

import io.github.jooqcdi.QueryExecutor;
import jakarta.enterprise.context.control.RequestContextController;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link ExecutorContract} on JTA units, with Narayana and an Agroal pool that Narayana enlists. */
abstract class JtaContract extends ExecutorContract {

    abstract String jdbcUrl(String unit);

    @Override
    void begin(EntityManager em) throws Exception {
        Jta.userTransaction().begin();
        em.joinTransaction();
    }

    @Override
    void commit(EntityManager em) throws Exception {
        Jta.userTransaction().commit();
    }

    @Override
    void rollback(EntityManager em) throws Exception {
        Jta.userTransaction().rollback();
    }

    @Override
    boolean markedRollbackOnly(EntityManager em) {
        return Jta.registry().getTransactionStatus() == Status.STATUS_MARKED_ROLLBACK;
    }

    @Override
    boolean inTransaction(EntityManager em) throws Exception {
        return Jta.userTransaction().getStatus() != Status.STATUS_NO_TRANSACTION;
    }

    @Override
    Connection independentConnection(String unit) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(unit));
    }

    @Override
    String connectionsInUse() {
        return TestEmfs.pool(unit(), jdbcUrl(unit())).getMetrics().activeCount() + " of "
                + TestEmfs.pool(unit(), jdbcUrl(unit())).getConfiguration().connectionPoolConfiguration().maxSize();
    }

    @Override
    void assertNoConnectionInUse() {
        assertEquals(0, TestEmfs.pool(unit(), jdbcUrl(unit())).getMetrics().activeCount(),
                "connections the pool has lent out after the queries");
    }

    /** Clients of {@link #eachTransactionSeesItsOwnUncommittedWritesAndNoOneElses} (the test pools hold 50). */
    static final int CLIENTS = 50;

    /**
     * 50 clients at once, each in its own request and JTA transaction: a JPA insert, then jOOQ queries that must see
     * that row and none of the other 49 uncommitted ones; all insert before any reads (a barrier), then roll back.
     */
    @Test
    void eachTransactionSeesItsOwnUncommittedWritesAndNoOneElses() throws Exception {
        CyclicBarrier allInserted = new CyclicBarrier(CLIENTS);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<String>> seen = new ArrayList<>();
            for (int i = 1; i <= CLIENTS; i++) {
                long id = i;
                seen.add(clients.submit(() -> {
                    RequestContextController request = weld.select(RequestContextController.class).get();
                    request.activate();
                    try {
                        QueryExecutor q = executor(unit());
                        EntityManager em = em(unit());
                        begin(em);
                        try {
                            em.persist(new Account(id, "client " + id, BigDecimal.ONE));
                            int own = q.fetch(DSL.selectCount().from(account(q))
                                    .where(q.tables().field(Account_.id).eq(id))).get(0).value1();
                            allInserted.await(20, TimeUnit.SECONDS);
                            int all = q.fetch(DSL.selectCount().from(account(q))).get(0).value1();
                            List<Long> ids = q.fetch(DSL.select(q.tables().field(Account_.id)).from(account(q)))
                                    .getValues(0, Long.class);
                            return own + " " + all + " " + ids;
                        } finally {
                            rollback(em);
                        }
                    } finally {
                        request.deactivate();
                    }
                }));
            }
            for (int i = 1; i <= CLIENTS; i++) {
                assertEquals("1 1 [" + i + "]", seen.get(i - 1).get(30, TimeUnit.SECONDS),
                        "client " + i + ": its own row, once, and no one else's");
            }
        } finally {
            clients.shutdownNow();
            assertTrue(clients.awaitTermination(10, TimeUnit.SECONDS), "clients still running");
        }
        assertEquals(0, countRows(unit(), "1=1"), "every client rolled back");
        assertNoConnectionInUse();
    }
}
