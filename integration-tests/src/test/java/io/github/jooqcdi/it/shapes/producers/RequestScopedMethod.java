package io.github.jooqcdi.it.shapes.producers;

import io.github.jooqcdi.PersistenceUnitName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A {@code @RequestScoped} producer method. */
@ApplicationScoped
public class RequestScopedMethod {
    @PersistenceContext(unitName = "lending")
    EntityManager em;

    @Produces @PersistenceUnitName("lending") @RequestScoped
    EntityManager lending() {
        return em;
    }
}
