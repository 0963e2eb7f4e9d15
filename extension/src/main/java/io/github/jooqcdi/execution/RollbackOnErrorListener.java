package io.github.jooqcdi.execution;

import io.github.jooqcdi.connection.UnitConnectionProvider;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Marks the active transaction rollback-only when a jOOQ query fails, as a JPA {@code PersistenceException} would;
 * jOOQ still throws its {@code DataAccessException}.
 */
final class RollbackOnErrorListener implements ExecuteListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void exception(ExecuteContext ctx) {
        UnitConnectionProvider unit = UnitConnectionProvider.of(ctx.configuration());
        if (unit != null && unit.transaction().isActive()) {
            unit.transaction().setRollbackOnly();
        }
    }
}
