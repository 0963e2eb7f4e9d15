package io.github.jooqcdi.semantics;

import io.github.jooqcdi.support.Jta;
import io.github.jooqcdi.support.TestEmfs;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
