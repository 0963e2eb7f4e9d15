package io.github.jooqcdi.support;

import io.agroal.api.AgroalDataSource;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One EntityManagerFactory per test unit and JVM (JTA units on an Agroal pool enlisted by Narayana). */
public final class TestEmfs {

    private static final Map<String, EntityManagerFactory> FACTORIES = new ConcurrentHashMap<>();
    private static final Map<String, AgroalDataSource> POOLS = new ConcurrentHashMap<>();

    private TestEmfs() {
    }

    public static EntityManagerFactory resourceLocal(String unit) {
        return FACTORIES.computeIfAbsent(unit, Persistence::createEntityManagerFactory);
    }

    /** A JTA unit whose data source is a pool on {@code jdbcUrl}. */
    public static EntityManagerFactory jta(String unit, String jdbcUrl) {
        return FACTORIES.computeIfAbsent(unit, u -> Persistence.createEntityManagerFactory(u,
                Map.of("jakarta.persistence.jtaDataSource", pool(u, jdbcUrl))));
    }

    /** Closes the unit's factory and pool, if it has them (a later call creates new ones). */
    public static void close(String unit) {
        EntityManagerFactory emf = FACTORIES.remove(unit);
        if (emf != null) {
            emf.close();
        }
        AgroalDataSource pool = POOLS.remove(unit);
        if (pool != null) {
            pool.close();
        }
    }

    public static AgroalDataSource pool(String unit, String jdbcUrl) {
        return POOLS.computeIfAbsent(unit, u -> Jta.dataSource(jdbcUrl, 50));
    }
}
