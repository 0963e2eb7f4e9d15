package io.github.jooqcdi.demo;

import io.github.jooqcdi.PersistenceUnitName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The application's container-managed {@code EntityManager}s, one producer per persistence unit: what jooq-cdi runs
 * its queries on (DESIGN.md §3 "Getting the unit"). Application code injects them the same way.
 */
@ApplicationScoped
public class Units {

    public static final String SHOP = "shop";
    public static final String AUDIT = "audit";

    @Produces
    @PersistenceUnitName(SHOP)
    @PersistenceContext(unitName = SHOP)
    EntityManager shop;

    @Produces
    @PersistenceUnitName(AUDIT)
    @PersistenceContext(unitName = AUDIT)
    EntityManager audit;
}
