package io.github.jooqcdi.transaction;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;

import java.util.function.Supplier;

/** The JTA transaction of the current thread, through the container's {@link TransactionSynchronizationRegistry}. */
public final class JtaTransactionState implements TransactionState {

    /** Where a caller may not begin a transaction (a container-managed EJB), what to do instead. */
    public static final String CANNOT_BEGIN = "dsl().transaction(...) found no transaction and cannot begin one here: "
            + "in a container-managed EJB give the method a transaction attribute (REQUIRED), in a CDI bean "
            + "annotate it @Transactional";

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
    public boolean afterCompletion(Runnable callback) {
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                callback.run();
            }
        });
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T resource(Object key, Supplier<T> create) {
        T existing = (T) registry.getResource(key);
        if (existing == null) {
            existing = create.get();
            registry.putResource(key, existing);
        }
        return existing;
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
            throw new IllegalStateException(CANNOT_BEGIN + " (" + e + ")", e);
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
