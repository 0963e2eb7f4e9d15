package io.github.jooqcdi.it.shapes.faults;

import io.github.jooqcdi.PersistenceUnitName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The producer line of the WAR's one unit, {@value #NAME}. */
@ApplicationScoped
public class FaultsUnit {

    public static final String NAME = "faults";

    @Produces @PersistenceUnitName(NAME) @PersistenceContext(unitName = NAME)
    EntityManager em;
}
