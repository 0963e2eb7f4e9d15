package io.github.jooqcdi.it.app;

import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.demo.Units;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** A container-managed (CMT, REQUIRED) EJB that writes with JPA and jOOQ in one JTA transaction. */
@Stateless
public class EjbWork {

    @Inject
    @PersistenceUnitName(Units.SHOP)
    EntityManager em;

    @Inject
    QueryExecutor sql;

    @Resource
    SessionContext context;

    public void write(String prefix) {
        TagWrites.write(em, sql, prefix);
    }

    /** A system exception: the container rolls back and throws an {@code EJBException}. */
    public void writeAndThrow(String prefix) {
        TagWrites.write(em, sql, prefix);
        throw new IllegalStateException("roll back " + prefix);
    }

    /** No exception, but the bean asks the container to roll back. */
    public void writeAndSetRollbackOnly(String prefix) {
        TagWrites.write(em, sql, prefix);
        context.setRollbackOnly();
    }
}
