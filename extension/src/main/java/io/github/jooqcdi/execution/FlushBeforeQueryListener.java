package io.github.jooqcdi.execution;

import io.github.jooqcdi.connection.RequestConnections;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

import java.util.function.Supplier;

/**
 * Flushes the unit's pending JPA changes before each jOOQ query inside an active transaction, when the entity
 * manager's flush mode is {@code AUTO}, so that jOOQ sees what JPA wrote. Registered only when {@code jooq.flush=AUTO}.
 */
final class FlushBeforeQueryListener implements ExecuteListener {

    private static final long serialVersionUID = 1L;

    private final transient Supplier<RequestConnections> current;

    FlushBeforeQueryListener(Supplier<RequestConnections> current) {
        this.current = current;
    }

    @Override
    public void start(ExecuteContext ctx) {
        RequestConnections unit = current.get();
        if (unit.transaction().isActive()) {
            EntityManager em = unit.entityManager();
            unit.transaction().join(em);
            if (em.getFlushMode() == FlushModeType.AUTO) {
                em.flush();
            }
        }
    }
}
