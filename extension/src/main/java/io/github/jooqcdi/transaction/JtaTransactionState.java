package io.github.jooqcdi.transaction;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;

import java.util.function.Supplier;

/** The JTA transaction of the current thread, through the container's {@link TransactionSynchronizationRegistry}. */
public final class JtaTransactionState implements TransactionState {

    private final TransactionSynchronizationRegistry registry;
    private final Supplier<UserTransaction> userTransaction;

    /**
     * @param registry        the container's registry, looked up once at startup
     * @param userTransaction finds the {@code UserTransaction} where the caller may use one; throws
     *                        {@link IllegalStateException} where it may not (a container-managed EJB)
     */
    public JtaTransactionState(TransactionSynchronizationRegistry registry, Supplier<UserTransaction> userTransaction) {
        this.registry = registry;
        this.userTransaction = userTransaction;
    }

    @Override
    public int status() {
        return registry.getTransactionStatus();
    }

    @Override
    public void setRollbackOnly() {
        registry.setRollbackOnly();
    }

    @Override
    public void afterCompletion(Runnable callback) {
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                callback.run();
            }
        });
    }

    @Override
    public void join(EntityManager em) {
        if (!em.isJoinedToTransaction()) {
            em.joinTransaction();
        }
    }

    @Override
    public Begun begin() {
        UserTransaction ut = userTransaction.get();
        try {
            ut.begin();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot begin a JTA transaction: " + e.getMessage(), e);
        }
        return new Begun() {
            @Override
            public void commit() throws Exception {
                ut.commit();
            }

            @Override
            public void rollback() throws Exception {
                ut.rollback();
            }
        };
    }
}
