package io.github.jooqcdi.it.app;

import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.demo.Units;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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

    @Inject
    OutsideTransaction outside;

    /** Writes with JPA and jOOQ; returns what another transaction saw of the jOOQ row before this one ended. */
    public int write(String prefix) {
        return TagWrites.write(em, sql, prefix, outside);
    }

    /** A system exception: the container rolls back and throws an {@code EJBException}. */
    public void writeAndThrow(String prefix) {
        TagWrites.write(em, sql, prefix, outside);
        throw new IllegalStateException("roll back " + prefix);
    }

    /** No exception, but the bean asks the container to roll back. */
    public void writeAndSetRollbackOnly(String prefix) {
        TagWrites.write(em, sql, prefix, outside);
        context.setRollbackOnly();
    }

    /** {@code dsl().transaction(...)} where a container-managed bean has no transaction: the message it fails with. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String transactionWithoutOne() {
        try {
            sql.dsl().transaction(c -> {
            });
            return "began a transaction";
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
    }
}
