package io.github.jooqcdi.it.app;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.demo.Units;
import io.github.jooqcdi.demo.shop.Tag;
import io.github.jooqcdi.demo.shop.Tag_;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.jooq.exception.DataAccessException;

/** A {@code @Transactional} CDI bean that writes with JPA and jOOQ in one JTA transaction. */
@ApplicationScoped
public class TransactionalWork {

    @Inject
    @PersistenceUnitName(Units.SHOP)
    EntityManager em;

    @Inject
    QueryExecutor sql;

    @Resource
    TransactionSynchronizationRegistry registry;

    @Inject
    OutsideTransaction outside;

    /** Writes with JPA and jOOQ; returns what another transaction saw of the jOOQ row before this one ended. */
    @Transactional
    public int write(String prefix, boolean fail) {
        int seenOutside = TagWrites.write(em, sql, prefix, outside);
        if (fail) {
            throw new IllegalStateException("roll back " + prefix);
        }
        return seenOutside;
    }

    /**
     * Persists a tag with JPA, then lets jOOQ insert a duplicate key; returns the transaction status seen after the
     * {@link DataAccessException} was caught (the commit that follows must fail).
     */
    @Transactional
    public int failingStatement(String name) {
        em.persist(new Tag(name, "JPA, before the failing statement"));
        EntityTables t = sql.tables();
        try {
            sql.execute(sql.dsl().insertInto(t.table(Tag.class))
                    .set(t.field(Tag_.name), "bestseller")
                    .set(t.field(Tag_.description), "a duplicate key"));
            throw new AssertionError("the duplicate key was accepted");
        } catch (DataAccessException expected) {
            return registry.getTransactionStatus();
        }
    }
}
