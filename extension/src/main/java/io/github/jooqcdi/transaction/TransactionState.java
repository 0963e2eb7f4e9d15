package io.github.jooqcdi.transaction;

import jakarta.transaction.Status;

/**
 * The transaction a unit's queries run in: JTA ({@link JtaTransactionState}) or the {@code EntityTransaction} of a
 * {@code RESOURCE_LOCAL} unit ({@link ResourceLocalTransactionState}).
 */
public interface TransactionState {

    /** The status, as a {@link Status} constant. */
    int status();

    /** Marks the current transaction rollback-only. */
    void setRollbackOnly();

    /**
     * Runs {@code callback} once after the current transaction completed (committed or rolled back), never before.
     *
     * @return {@code false} if the transaction offers no completion callback (a resource-local transaction of a
     *         provider jooq-cdi does not know): {@code callback} then never runs
     */
    boolean afterCompletion(Runnable callback);

    /**
     * The object stored under {@code key} for the current transaction, created (and stored) on first use. Where the
     * transaction offers no completion callback, a new object every call.
     */
    <T> T resource(Object key, java.util.function.Supplier<T> create);

    /** Makes {@code em} take part in the active transaction, if it does not yet (an application-managed JTA one). */
    void join(jakarta.persistence.EntityManager em);

    /** Begins a transaction, for {@code dsl().transaction(...)} called outside any. */
    Begun begin();

    /** A transaction begun by {@link #begin()}. */
    interface Begun {
        void commit() throws Exception;

        void rollback() throws Exception;
    }

    default boolean isActive() {
        return status() == Status.STATUS_ACTIVE;
    }

    /** The name of a {@link Status} constant, for messages. */
    static String name(int status) {
        return switch (status) {
            case Status.STATUS_ACTIVE -> "ACTIVE";
            case Status.STATUS_MARKED_ROLLBACK -> "MARKED_ROLLBACK";
            case Status.STATUS_PREPARED -> "PREPARED";
            case Status.STATUS_COMMITTED -> "COMMITTED";
            case Status.STATUS_ROLLEDBACK -> "ROLLEDBACK";
            case Status.STATUS_UNKNOWN -> "UNKNOWN";
            case Status.STATUS_NO_TRANSACTION -> "NO_TRANSACTION";
            case Status.STATUS_PREPARING -> "PREPARING";
            case Status.STATUS_COMMITTING -> "COMMITTING";
            case Status.STATUS_ROLLING_BACK -> "ROLLING_BACK";
            default -> "status " + status;
        };
    }
}
