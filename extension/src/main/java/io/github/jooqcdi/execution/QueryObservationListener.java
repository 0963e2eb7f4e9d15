package io.github.jooqcdi.execution;

import io.github.jooqcdi.connection.UnitConnectionProvider;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/**
 * Emits a {@link QueryEvent} per execution while JFR records it, and logs executions that reach the unit's
 * {@code jooq.slow-query-ms} as a WARNING (SQL without bind values: they may be personal data). Registered first, so
 * that its time covers the other listeners' work (the flush before the query, the eviction after DML).
 */
final class QueryObservationListener implements ExecuteListener {

    private static final long serialVersionUID = 1L;
    private static final System.Logger SLOW = System.getLogger("io.github.jooqcdi.SlowQuery");
    private static final Object STATE = QueryObservationListener.class;

    private final String unit;
    private final long slowNanos;

    /** @param slowMs the slow-query threshold in milliseconds, or -1 for none */
    QueryObservationListener(String unit, long slowMs) {
        this.unit = unit;
        this.slowNanos = slowMs < 0 ? -1 : TimeUnit.MILLISECONDS.toNanos(slowMs); // saturates, never overflows
    }

    /** What one execution observes; only created when JFR records the event or a threshold is set. */
    private static final class Observation {
        final long start = System.nanoTime();
        final Object event; // a QueryEvent (QueryEvents)
        final boolean inTransaction;
        String error;
        String sqlState;

        Observation(Object event, boolean inTransaction) {
            this.event = event;
            this.inTransaction = inTransaction;
        }
    }

    /** Whether an execution can be observed now; false costs nothing, not even jOOQ's lazily created data map. */
    private boolean observing() {
        return slowNanos >= 0 || QueryEvents.enabled();
    }

    @Override
    public void start(ExecuteContext ctx) {
        if (!observing()) {
            return;
        }
        Object event = QueryEvents.begin();
        // taken now: a failed statement marks the transaction rollback-only before the end
        UnitConnectionProvider provider = UnitConnectionProvider.of(ctx.configuration());
        ctx.data(STATE, new Observation(event, provider != null && provider.transaction().isActive()));
    }

    @Override
    public void exception(ExecuteContext ctx) {
        Observation o = observing() ? (Observation) ctx.data(STATE) : null;
        if (o != null) {
            SQLException sql = ctx.sqlException();
            Throwable failure = sql != null ? sql : ctx.exception();
            o.error = failure == null ? null : failure.getClass().getName();
            o.sqlState = sql == null ? null : sql.getSQLState();
        }
    }

    @Override
    public void end(ExecuteContext ctx) {
        // a recording that stopped since the start leaves its observation behind: it would not be committed anyway
        Observation o = observing() ? (Observation) ctx.data().remove(STATE) : null;
        if (o == null) {
            return;
        }
        long nanos = System.nanoTime() - o.start;
        if (o.event != null && QueryEvents.end(o.event)) {
            QueryEvents.commit(o.event, unit, sql(ctx), rows(ctx), o.inTransaction, o.error, o.sqlState);
        }
        if (slowNanos >= 0 && nanos >= slowNanos) {
            SLOW.log(System.Logger.Level.WARNING, () -> "jooq-cdi: slow query on persistence unit '" + unit + "': "
                    + nanos / 1_000_000 + " ms, " + rows(ctx) + " rows, "
                    + (o.inTransaction ? "in a transaction" : "outside a transaction")
                    + (o.error == null ? "" : ", failed with " + o.error
                    + (o.sqlState == null ? "" : " (SQLState " + o.sqlState + ")"))
                    + ": " + sql(ctx));
        }
    }

    /**
     * The SQL as sent to JDBC: bind markers, no bind values, unless the values are inlined (plain SQL, static
     * statements, jOOQ's batch of several different statements).
     */
    private static String sql(ExecuteContext ctx) {
        String[] batch = ctx.batchSQL();
        // in a batch of several statements ctx.sql() is only the last one
        return batch.length > 1 ? String.join("; ", batch) : ctx.sql();
    }

    private static long rows(ExecuteContext ctx) {
        if (ctx.result() != null) {
            return ctx.result().size();
        }
        if (ctx.batchMode() == ExecuteContext.BatchMode.SINGLE) {
            return -1; // jOOQ counts the rows of the first set of bind values only
        }
        int[] batch = ctx.batchRows();
        if (batch.length == 0) {
            return ctx.rows() >= 0 ? ctx.rows() : -1;
        }
        long sum = 0; // of a batch, ctx.rows() is one statement's
        for (int rows : batch) {
            if (rows < 0) {
                return -1; // the driver did not count them (Statement.SUCCESS_NO_INFO)
            }
            sum += rows;
        }
        return sum;
    }
}
