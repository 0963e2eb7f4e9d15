package io.github.jooqcdi.transaction;

import io.github.jooqcdi.provider.JpaProviderAdapter;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import jakarta.transaction.Status;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The {@code EntityTransaction} of a {@code RESOURCE_LOCAL} unit's application-managed entity manager. It has no
 * completion callback of its own: the provider's hook stands in
 * ({@link JpaProviderAdapter#afterResourceLocalCompletion}).
 */
public final class ResourceLocalTransactionState implements TransactionState {

    private final EntityManager em;
    private final JpaProviderAdapter adapter;
    /** The resources of the current transaction, dropped when it completes; {@code null} before the first. */
    private Map<Object, Object> resources;

    public ResourceLocalTransactionState(EntityManager em, JpaProviderAdapter adapter) {
        this.em = em;
        this.adapter = adapter;
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

    @Override
    public boolean afterCompletion(Runnable callback) {
        return adapter.afterResourceLocalCompletion(em, callback);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <T> T resource(Object key, Supplier<T> create) {
        if (resources == null) {
            Map<Object, Object> current = new HashMap<>();
            if (!afterCompletion(() -> completed(current))) {
                return create.get();
            }
            resources = current;
        }
        T existing = (T) resources.get(key);
        if (existing == null) {
            existing = create.get();
            resources.put(key, existing);
        }
        return existing;
    }

    private synchronized void completed(Map<Object, Object> transactionResources) {
        if (resources == transactionResources) {
            resources = null;
        }
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
