package io.github.jooqcdi.execution;

import io.github.jooqcdi.connection.UnitConnectionProvider;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.exception.DataAccessException;

/**
 * Marks the active transaction rollback-only when the database rejects a jOOQ statement, as a JPA
 * {@code PersistenceException} would; jOOQ still throws its {@code DataAccessException}. A cursor read after its
 * transaction ended fails with a message that says to close it inside the transaction.
 */
final class RollbackOnErrorListener implements ExecuteListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void exception(ExecuteContext ctx) {
        // jOOQ also reports NoDataFoundException / TooManyRowsException here; like JPA's NoResultException they
        // leave the transaction alone: only errors of the database mark it
        UnitConnectionProvider unit = UnitConnectionProvider.of(ctx.configuration());
        if (ctx.sqlException() != null && unit != null && ctx.resultSet() != null
                && unit.cursorOutlivedTransaction()) {
            // a cursor read after its transaction: the driver's "result set closed" does not say what to do
            ctx.exception(new DataAccessException(unit.cursorLeftOpen(), ctx.sqlException()));
        } else if (ctx.sqlException() != null && unit != null && unit.transaction().isActive()) {
            unit.transaction().setRollbackOnly();
        }
    }
}
