package io.github.jooqcdi.execution;

import io.github.jooqcdi.connection.UnitConnectionProvider;
import io.github.jooqcdi.provider.JpaProviderAdapter;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

import java.util.Set;

/**
 * Flushes the unit's pending JPA changes before a jOOQ query inside an active transaction, when the entity manager's
 * flush mode is {@code AUTO}, so that jOOQ sees what JPA wrote: only when the persistence context holds an entity
 * whose flush could write a table the query reads ({@link FlushScope}), so that a query's cost does not grow with
 * unrelated managed entities. Registered only when {@code jooq.flush=AUTO}.
 * <p>
 * The decision needs the rendered SQL, so it is taken after rendering, before jOOQ asks for the connection; a batch,
 * a routine or a statement that jOOQ does not render again is flushed whole at its start or before it executes.
 */
final class FlushBeforeQueryListener implements ExecuteListener {

    private static final long serialVersionUID = 1L;
    /** Set in an execution's data when its flush is decided after rendering. */
    private static final Object UNDECIDED = FlushBeforeQueryListener.class;

    private final transient JpaProviderAdapter adapter;
    private final transient FlushScope scope;

    FlushBeforeQueryListener(JpaProviderAdapter adapter, FlushScope scope) {
        this.adapter = adapter;
        this.scope = scope;
    }

    @Override
    public void start(ExecuteContext ctx) {
        UnitConnectionProvider unit = UnitConnectionProvider.of(ctx.configuration());
        if (unit == null || !unit.transaction().isActive()) {
            return;
        }
        EntityManager em = unit.entityManager();
        unit.transaction().join(em);
        if (em.getFlushMode() != FlushModeType.AUTO || !adapter.holdsEntity(em, type -> true)) {
            return; // nothing that a flush could write
        }
        if (ctx.query() == null || ctx.routine() != null || ctx.batchMode() != ExecuteContext.BatchMode.NONE) {
            em.flush();
        } else {
            ctx.data(UNDECIDED, em);
        }
    }

    @Override
    public void renderEnd(ExecuteContext ctx) {
        EntityManager em = (EntityManager) ctx.data().remove(UNDECIDED);
        if (em != null) {
            Set<String> reads = scope.reads(ctx.sql(), ctx.query());
            if (reads == null || adapter.holdsEntity(em, scope.flushWrites(reads))) {
                em.flush();
            }
        }
    }

    @Override
    public void executeStart(ExecuteContext ctx) {
        // a statement kept open (Query.keepStatement) runs again without rendering
        EntityManager em = (EntityManager) ctx.data().remove(UNDECIDED);
        if (em != null) {
            em.flush();
        }
    }
}
