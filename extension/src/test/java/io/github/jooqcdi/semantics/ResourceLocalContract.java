package io.github.jooqcdi.semantics;

import jakarta.persistence.EntityManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** {@link ExecutorContract} on RESOURCE_LOCAL units: the transaction is the entity manager's EntityTransaction. */
abstract class ResourceLocalContract extends ExecutorContract {

    abstract String jdbcUrl(String unit);

    @Override
    void begin(EntityManager em) {
        em.getTransaction().begin();
    }

    @Override
    void commit(EntityManager em) {
        em.getTransaction().commit();
    }

    @Override
    void rollback(EntityManager em) {
        em.getTransaction().rollback();
    }

    @Override
    boolean markedRollbackOnly(EntityManager em) {
        return em.getTransaction().getRollbackOnly();
    }

    @Override
    boolean inTransaction(EntityManager em) {
        return em.getTransaction().isActive();
    }

    @Override
    Connection independentConnection(String unit) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(unit), "sa", "");
    }
}
