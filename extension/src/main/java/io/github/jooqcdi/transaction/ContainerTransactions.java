package io.github.jooqcdi.transaction;

import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.lang.reflect.InvocationTargetException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finds the container's JTA objects: an application bean first (Java SE, tests), then the standard JNDI names of
 * Jakarta EE.
 */
public final class ContainerTransactions {

    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";
    private static final String USER_TRANSACTION = "java:comp/UserTransaction";
    private static final String EJB_CONTEXT = "java:comp/EJBContext";

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
        refuseInContainerManagedEjb();
        try {
            return (UserTransaction) new InitialContext().lookup(USER_TRANSACTION);
        } catch (NamingException | RuntimeException e) {
            return bean.get().orElseThrow(() -> new IllegalStateException(JtaTransactionState.CANNOT_BEGIN
                    + " (no UserTransaction: " + e + ")", e));
        }
    }

    /**
     * A container-managed EJB must not demarcate transactions, though some servers hand it a working
     * {@code UserTransaction} (WildFly does). Its {@code EJBContext.getUserTransaction()} says so with an
     * {@code IllegalStateException}; outside an EJB there is no {@code EJBContext}. Called reflectively: the EJB API is
     * not on every class path.
     */
    private static void refuseInContainerManagedEjb() {
        Object context;
        try {
            context = new InitialContext().lookup(EJB_CONTEXT);
        } catch (NamingException | RuntimeException e) {
            return; // not in an EJB, or no JNDI at all
        }
        try {
            context.getClass().getMethod("getUserTransaction").invoke(context);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalStateException) {
                throw new IllegalStateException(JtaTransactionState.CANNOT_BEGIN, e.getCause());
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // an EJBContext we cannot ask: let the UserTransaction decide
        }
    }
}
