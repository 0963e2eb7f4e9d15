package io.github.jooqcdi.execution;

import io.github.jooqcdi.connection.UnitConnectionProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Flushes the unit's pending JPA changes before each jOOQ query inside an active transaction, when the entity
 * manager's flush mode is {@code AUTO}, so that jOOQ sees what JPA wrote. Registered only when {@code jooq.flush=AUTO}.
 */
final class FlushBeforeQueryListener implements ExecuteListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void start(ExecuteContext ctx) {
        UnitConnectionProvider unit = UnitConnectionProvider.of(ctx.configuration());
        if (unit != null && unit.transaction().isActive()) {
            EntityManager em = unit.entityManager();
            unit.transaction().join(em);
            if (em.getFlushMode() == FlushModeType.AUTO) {
                em.flush();
            }
        }
    }
}
