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

/**
 * What an application bean sees: an injected {@link QueryExecutor} and the unit's {@link EntityManager} (both
 * request-scoped client proxies). One implementation per unit, so that a Weld container holds only the one unit
 * the benchmark measures.
 */
public interface UnitBeans {

    QueryExecutor executor();

    EntityManager em();

    /** The Hibernate unit: the application-managed entity manager producer of a RESOURCE_LOCAL unit. */
    @ApplicationScoped
    class Hibernate implements UnitBeans {
        static final String UNIT = "bench-hibernate";
        private static volatile EntityManagerFactory emf;

        @Inject @PersistenceUnitName(UNIT) QueryExecutor executor;
        @Inject @PersistenceUnitName(UNIT) EntityManager em;

        static synchronized EntityManagerFactory emf() {
            if (emf == null) {
                emf = Persistence.createEntityManagerFactory(UNIT);
            }
            return emf;
        }

        @Produces @PersistenceUnitName(UNIT) @RequestScoped
        EntityManager produce() {
            return emf().createEntityManager();
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
        private static volatile EntityManagerFactory emf;

        @Inject @PersistenceUnitName(UNIT) QueryExecutor executor;
        @Inject @PersistenceUnitName(UNIT) EntityManager em;

        static synchronized EntityManagerFactory emf() {
            if (emf == null) {
                emf = Persistence.createEntityManagerFactory(UNIT);
            }
            return emf;
        }

        @Produces @PersistenceUnitName(UNIT) @RequestScoped
        EntityManager produce() {
            return emf().createEntityManager();
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
