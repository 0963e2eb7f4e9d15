package io.github.jooqcdi.execution;

import io.github.jooqcdi.connection.RequestConnections;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

import java.util.function.Supplier;

/**
 * Marks the active transaction rollback-only when the database rejects a jOOQ statement, as a JPA
 * {@code PersistenceException} would; jOOQ still throws its {@code DataAccessException}.
 */
final class RollbackOnErrorListener implements ExecuteListener {

    private static final long serialVersionUID = 1L;

    private final transient Supplier<RequestConnections> current;

    RollbackOnErrorListener(Supplier<RequestConnections> current) {
        this.current = current;
    }

    @Override
    public void exception(ExecuteContext ctx) {
        // jOOQ also reports NoDataFoundException / TooManyRowsException here; like JPA's NoResultException they
        // leave the transaction alone: only errors of the database mark it
        if (ctx.sqlException() != null && current.get().transaction().isActive()) {
            current.get().transaction().setRollbackOnly();
        }
    }
}
