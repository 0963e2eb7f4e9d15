package io.github.jooqcdi.transaction;

import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finds the container's JTA objects: an application bean first (Java SE, tests), then the standard JNDI names of
 * Jakarta EE.
 */
public final class ContainerTransactions {

    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";
    private static final String USER_TRANSACTION = "java:comp/UserTransaction";

    private ContainerTransactions() {
    }

    /** The registry a JTA unit's transaction state reads, looked up once at startup. */
    public static TransactionSynchronizationRegistry registry(String unit,
                                                              Supplier<Optional<TransactionSynchronizationRegistry>> bean) {
        Optional<TransactionSynchronizationRegistry> produced = bean.get();
        if (produced.isPresent()) {
            return produced.get();
        }
        try {
            return (TransactionSynchronizationRegistry) new InitialContext().lookup(REGISTRY);
        } catch (NamingException | RuntimeException e) {
            throw new IllegalStateException("JTA persistence unit '" + unit + "' needs the container's "
                    + "TransactionSynchronizationRegistry (" + REGISTRY + "), which cannot be looked up here (" + e
                    + "); outside a Jakarta EE server, produce one as a CDI bean or declare the unit RESOURCE_LOCAL", e);
        }
    }

    /**
     * The {@code UserTransaction} of the caller, for {@code dsl().transaction(...)} outside any transaction.
     *
     * @throws IllegalStateException where the caller may not begin a transaction (a container-managed EJB)
     */
    public static UserTransaction userTransaction(Supplier<Optional<UserTransaction>> bean) {
        try {
            return (UserTransaction) new InitialContext().lookup(USER_TRANSACTION);
        } catch (NamingException | RuntimeException e) {
            return bean.get().orElseThrow(() -> new IllegalStateException(JtaTransactionState.CANNOT_BEGIN
                    + " (no UserTransaction: " + e + ")", e));
        }
    }
}
