package io.github.jooqcdi.it.shapes.producers;

import io.github.jooqcdi.PersistenceUnitName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The producer line in an {@code @ApplicationScoped} class (found with bean discovery {@code annotated}). */
@ApplicationScoped
public class ApplicationScopedFields {
    @Produces @PersistenceUnitName("lending") @PersistenceContext(unitName = "lending")
    EntityManager lending;
}
