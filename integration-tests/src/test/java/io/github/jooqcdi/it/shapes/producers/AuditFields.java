package io.github.jooqcdi.it.shapes.producers;

import io.github.jooqcdi.PersistenceUnitName;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The second unit's producer line, in a class with no scope annotation. */
public class AuditFields {
    @Produces @PersistenceUnitName("audit") @PersistenceContext(unitName = "audit")
    EntityManager audit;
}
