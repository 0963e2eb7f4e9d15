package io.github.jooqcdi.benchmarks;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.query.spi.QueryImplementor;

import java.sql.Connection;
import java.util.function.Function;
import java.util.function.Supplier;

/** The two JPA providers the benchmarks compare, and how raw jOOQ gets the entity manager's connection. */
enum Provider {

    /**
     * The session's physical connection, as jooq-cdi's Hibernate adapter gets it (through the logical connection;
     * with RESOURCE_LOCAL Hibernate keeps it until the transaction ends).
     */
    hibernate(UnitBeans.Hibernate.UNIT, UnitBeans.Hibernate.class, () -> UnitBeans.emf(UnitBeans.Hibernate.UNIT),
            em -> session(em).getJdbcCoordinator().getLogicalConnection().getPhysicalConnection()),

    /** {@code em.unwrap(Connection.class)}, as jooq-cdi's EclipseLink adapter does (inside the transaction). */
    eclipselink(UnitBeans.EclipseLink.UNIT, UnitBeans.EclipseLink.class, () -> UnitBeans.emf(UnitBeans.EclipseLink.UNIT),
            em -> em.unwrap(Connection.class));

    final String unit;
    final Class<? extends UnitBeans> beans;
    final Supplier<EntityManagerFactory> emf;
    final Function<EntityManager, Connection> connection;

    /**
     * The Hibernate session behind the request-scoped producer's client proxy: Weld answers its proxy for every
     * {@code unwrap} (Hibernate returns "this"), so go through an object that knows its session (as jooq-cdi does).
     */
    static SessionImplementor session(EntityManager em) {
        Object unwrapped = em.unwrap(SessionImplementor.class);
        return unwrapped instanceof SessionImplementor s ? s
                : (SessionImplementor) ((QueryImplementor<?>) em.createNativeQuery("select 1")).getSession();
    }

    Provider(String unit, Class<? extends UnitBeans> beans, Supplier<EntityManagerFactory> emf,
             Function<EntityManager, Connection> connection) {
        this.unit = unit;
        this.beans = beans;
        this.emf = emf;
        this.connection = connection;
    }
}
