package io.github.jooqcdi.support;

import com.arjuna.ats.arjuna.common.arjPropertyManager;
import com.arjuna.ats.internal.jta.transaction.arjunacore.TransactionSynchronizationRegistryImple;
import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalConnectionPoolConfigurationSupplier;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.narayana.NarayanaTransactionIntegration;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * Real JTA in Java SE: Narayana's transaction manager, and Agroal pools whose connections Narayana enlists, so that
 * JTA units of EclipseLink and Hibernate run as they do in a server.
 */
public final class Jta {

    static {
        arjPropertyManager.getObjectStoreEnvironmentBean().setObjectStoreDir(
                Path.of(System.getProperty("java.io.tmpdir"), "narayana").toString());
        try {
            arjPropertyManager.getCoreEnvironmentBean().setNodeIdentifier("jooq-cdi-test");
        } catch (com.arjuna.ats.arjuna.common.CoreEnvironmentBeanException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** How long a test waits for a pooled connection. */
    public static final Duration ACQUISITION_TIMEOUT = Duration.ofSeconds(5);

    private static final TransactionSynchronizationRegistry REGISTRY = new TransactionSynchronizationRegistryImple();

    private Jta() {
    }

    public static TransactionManager transactionManager() {
        return com.arjuna.ats.jta.TransactionManager.transactionManager();
    }

    public static UserTransaction userTransaction() {
        return com.arjuna.ats.jta.UserTransaction.userTransaction();
    }

    public static TransactionSynchronizationRegistry registry() {
        return REGISTRY;
    }

    /** A pool of at most {@code maxSize} connections, enlisted in the current JTA transaction. */
    public static AgroalDataSource dataSource(String jdbcUrl, int maxSize) {
        return dataSource(jdbcUrl, maxSize, UnaryOperator.identity());
    }

    /** {@link #dataSource(String, int)} with further pool settings (validation, exception sorter…). */
    public static AgroalDataSource dataSource(String jdbcUrl, int maxSize,
                                              UnaryOperator<AgroalConnectionPoolConfigurationSupplier> settings) {
        try {
            return AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                    .metricsEnabled(true)
                    .connectionPoolConfiguration(pool -> settings.apply(pool
                            .maxSize(maxSize)
                            // a leak fails in seconds instead of waiting for a connection forever
                            .acquisitionTimeout(ACQUISITION_TIMEOUT)
                            .transactionIntegration(new NarayanaTransactionIntegration(transactionManager(), REGISTRY))
                            .connectionFactoryConfiguration(factory -> factory.jdbcUrl(jdbcUrl)))));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
