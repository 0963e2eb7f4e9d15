package io.github.jooqcdi.hibernate;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import java.sql.SQLException;
import java.util.Map;

/**
 * The {@code hb-adapter} unit, once per test JVM, on an Agroal pool (so tests can count the connections in use).
 */
final class HbAdapterUnit {

    private static AgroalDataSource dataSource;
    private static EntityManagerFactory factory;

    private HbAdapterUnit() {
    }

    static synchronized EntityManagerFactory factory() {
        if (factory == null) {
            factory = Persistence.createEntityManagerFactory("hb-adapter",
                    Map.of("jakarta.persistence.nonJtaDataSource", dataSource()));
        }
        return factory;
    }

    static synchronized AgroalDataSource dataSource() {
        if (dataSource == null) {
            try {
                dataSource = AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                        .metricsEnabled(true)
                        .connectionPoolConfiguration(pool -> pool.maxSize(8)
                                .connectionFactoryConfiguration(connection -> connection
                                        .jdbcUrl("jdbc:h2:mem:hb-adapter;DB_CLOSE_DELAY=-1"))));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return dataSource;
    }
}
