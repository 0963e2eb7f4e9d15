package io.github.jooqcdi.it.bad;

import io.github.jooqcdi.PersistenceUnitName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Produces the {@code EntityManager} of the unit {@code shop} only: the unit {@code audit} has no producer. */
@ApplicationScoped
public class ShopOnlyUnits {

    @Produces
    @PersistenceUnitName("shop")
    @PersistenceContext(unitName = "shop")
    EntityManager shop;
}
