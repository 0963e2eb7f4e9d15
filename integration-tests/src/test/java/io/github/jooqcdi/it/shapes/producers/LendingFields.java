package io.github.jooqcdi.it.shapes.producers;

import io.github.jooqcdi.PersistenceUnitName;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The README's producer line, in a class with no scope annotation (found with bean discovery {@code all}). */
public class LendingFields {
    @Produces @PersistenceUnitName("lending") @PersistenceContext(unitName = "lending")
    EntityManager lending;
}
