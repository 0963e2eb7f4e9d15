package io.github.jooqcdi.it.shapes.producers;

import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.it.shapes.app.ProducerCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A {@code @Dependent} producer method with a disposer: each produced entity manager must be disposed of once. */
@ApplicationScoped
public class DependentMethodWithDisposer {
    @PersistenceContext(unitName = "lending")
    EntityManager em;

    @Produces @PersistenceUnitName("lending")
    EntityManager lending() {
        ProducerCounts.PRODUCED.incrementAndGet();
        return em;
    }

    void dispose(@Disposes @PersistenceUnitName("lending") EntityManager produced) {
        ProducerCounts.DISPOSED.incrementAndGet();
    }
}
