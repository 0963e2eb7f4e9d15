package io.github.jooqcdi.transaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import jakarta.transaction.Status;

/** The {@code EntityTransaction} of a {@code RESOURCE_LOCAL} unit's application-managed entity manager. */
public final class ResourceLocalTransactionState implements TransactionState {

    private final EntityManager em;

    public ResourceLocalTransactionState(EntityManager em) {
        this.em = em;
    }

    @Override
    public int status() {
        EntityTransaction tx = em.getTransaction();
        if (!tx.isActive()) {
            return Status.STATUS_NO_TRANSACTION;
        }
        return tx.getRollbackOnly() ? Status.STATUS_MARKED_ROLLBACK : Status.STATUS_ACTIVE;
    }

    @Override
    public void setRollbackOnly() {
        em.getTransaction().setRollbackOnly();
    }

    /** A resource-local transaction offers no completion callback: the callback runs now. */
    @Override
    public void afterCompletion(Runnable callback) {
        callback.run();
    }

    @Override
    public <T> T resource(Object key, java.util.function.Supplier<T> create) {
        return create.get();
    }

    /** A resource-local entity manager is always in its own transaction. */
    @Override
    public void join(EntityManager em) {
    }

    @Override
    public Begun begin() {
        EntityTransaction tx = em.getTransaction();
        tx.begin();
        return new Begun() {
            @Override
            public void commit() {
                tx.commit();
            }

            @Override
            public void rollback() {
                tx.rollback();
            }
        };
    }
}
