package io.github.jooqcdi.benchmarks;

import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.QueryExecutor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an application bean sees: an injected {@link QueryExecutor} and the unit's {@link EntityManager} (both
 * request-scoped client proxies). One implementation per unit, so that a Weld container holds only the one unit
 * the benchmark measures.
 */
public interface UnitBeans {

    /** One factory per unit and JVM. */
    Map<String, EntityManagerFactory> FACTORIES = new ConcurrentHashMap<>();

    static EntityManagerFactory emf(String unit) {
        return FACTORIES.computeIfAbsent(unit, Persistence::createEntityManagerFactory);
    }

    QueryExecutor executor();

    EntityManager em();

    /** The Hibernate unit: the application-managed entity manager producer of a RESOURCE_LOCAL unit. */
    @ApplicationScoped
    class Hibernate implements UnitBeans {
        static final String UNIT = "bench-hibernate";

        @Inject @PersistenceUnitName(UNIT) QueryExecutor executor;
        @Inject @PersistenceUnitName(UNIT) EntityManager em;

        @Produces @PersistenceUnitName(UNIT) @RequestScoped
        EntityManager produce() {
            return emf(UNIT).createEntityManager();
        }

        void close(@Disposes @PersistenceUnitName(UNIT) EntityManager em) {
            em.close();
        }

        @Override
        public QueryExecutor executor() {
            return executor;
        }

        @Override
        public EntityManager em() {
            return em;
        }
    }

    /** The EclipseLink unit, wired the same way. */
    @ApplicationScoped
    class EclipseLink implements UnitBeans {
        static final String UNIT = "bench-eclipselink";

        @Inject @PersistenceUnitName(UNIT) QueryExecutor executor;
        @Inject @PersistenceUnitName(UNIT) EntityManager em;

        @Produces @PersistenceUnitName(UNIT) @RequestScoped
        EntityManager produce() {
            return emf(UNIT).createEntityManager();
        }

        void close(@Disposes @PersistenceUnitName(UNIT) EntityManager em) {
            em.close();
        }

        @Override
        public QueryExecutor executor() {
            return executor;
        }

        @Override
        public EntityManager em() {
            return em;
        }
    }
}
