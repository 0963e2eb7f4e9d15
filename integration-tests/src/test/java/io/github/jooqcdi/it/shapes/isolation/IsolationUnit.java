package io.github.jooqcdi.it.shapes.isolation;

import io.github.jooqcdi.PersistenceUnitName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The producer line of the WAR's one unit, {@value #NAME}. */
@ApplicationScoped
public class IsolationUnit {

    public static final String NAME = "isolation";

    @Produces @PersistenceUnitName(NAME) @PersistenceContext(unitName = NAME)
    EntityManager em;
}
