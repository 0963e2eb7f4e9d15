package io.github.jooqcdi.it.shapes.producers;

import io.github.jooqcdi.PersistenceUnitName;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

/** The optional factory producers of both units, in a class with no scope annotation. */
public class FactoryFields {
    @Produces @PersistenceUnitName("lending") @PersistenceUnit(unitName = "lending")
    EntityManagerFactory lending;

    @Produces @PersistenceUnitName("audit") @PersistenceUnit(unitName = "audit")
    EntityManagerFactory audit;
}
