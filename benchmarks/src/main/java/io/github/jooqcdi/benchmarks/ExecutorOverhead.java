package io.github.jooqcdi.benchmarks;

import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.cdi.JooqCdiExtension;
import io.github.jooqcdi.connection.UnitConnectionProvider;
import io.github.jooqcdi.execution.JooqUnit;
import jakarta.persistence.EntityManager;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConnectionProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.sql.Connection;
import java.util.concurrent.TimeUnit;

/**
 * Where the executor's extra time per query goes (a diagnosis, not part of the standard run: run it with
 * {@code java -jar benchmarks/target/benchmarks.jar ExecutorOverhead}). The primary-key select of
 * {@link ExecutorBenchmark}, in one request and one active transaction per iteration, through:
 * raw jOOQ; raw jOOQ plus the unit's configuration (settings and execute listeners: flush before query, rollback on
 * error, cache eviction) on the same fixed connection; the executor without its CDI client proxy; the injected
 * executor. And the pieces alone: the connection provider's acquire + release, the flush, a call through the client
 * proxy.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"})
public class ExecutorOverhead {

    @State(Scope.Thread)
    public static class Tx {
        ExecutorBenchmark.App app;
        EntityManager em;
        DSLContext raw;
        DSLContext withListeners;
        DSLContext withNoopListener;
        DSLContext withNoopListeners;
        QueryExecutor direct;
        JooqUnit unit;
        QueryExecutor injected;
        UnitConnectionProvider connections;

        @Setup(Level.Iteration)
        public void begin(ExecutorBenchmark.App app) {
            this.app = app;
            app.requests.activate();
            em = app.beans.em();
            em.getTransaction().begin();
            Connection connection = app.p.connection.apply(em);
            raw = DSL.using(connection, SQLDialect.H2, ExecutorBenchmark.sameSettings());
            injected = app.beans.executor();
            connections = UnitConnectionProvider.of(injected.dsl().configuration());
            JooqUnit unit = app.weld.getBeanManager().getExtension(JooqCdiExtension.class).units().unit(app.p.unit);
            // the request's configuration (the unit's settings and listeners, this request's provider in its data)
            // on the fixed connection instead of the per-execution provider
            Configuration fixed = injected.dsl().configuration().derive(new DefaultConnectionProvider(connection));
            if (UnitConnectionProvider.of(fixed) != connections) {
                throw new IllegalStateException("the derived configuration lost the request's connection provider");
            }
            withListeners = DSL.using(fixed);
            withNoopListener = DSL.using(connection, SQLDialect.H2, ExecutorBenchmark.sameSettings());
            withNoopListener.configuration().set(new NoopListener());
            withNoopListeners = DSL.using(connection, SQLDialect.H2, ExecutorBenchmark.sameSettings());
            withNoopListeners.configuration().set(new NoopListener(), new NoopListener(), new NoopListener());
            direct = unit.executor(em);
            this.unit = unit;
        }

        @TearDown(Level.Iteration)
        public void end() {
            em.getTransaction().commit();
            app.requests.deactivate();
        }
    }

    @Benchmark
    public Result<Record> rawJooq(Tx tx) {
        return tx.raw.fetch(tx.app.byId());
    }

    /** An execute listener that does nothing: what jOOQ's listener machinery costs by itself. */
    static final class NoopListener implements ExecuteListener {
        private static final long serialVersionUID = 1L;
    }

    @Benchmark
    public Result<Record> rawJooqWithNoopListener(Tx tx) {
        return tx.withNoopListener.fetch(tx.app.byId());
    }

    @Benchmark
    public Result<Record> rawJooqWithThreeNoopListeners(Tx tx) {
        return tx.withNoopListeners.fetch(tx.app.byId());
    }

    /** What {@code JooqUnit} does for each new request: connection provider, derived configuration, DSLContext. */
    @Benchmark
    public QueryExecutor newExecutor(Tx tx) {
        return tx.unit.executor(tx.em);
    }

    /** An empty request: request context activated and ended (the baseline of the next one). */
    @Benchmark
    public void emptyRequest(ExecutorBenchmark.App app) {
        app.requests.activate();
        app.requests.deactivate();
    }

    /** A request that only creates its QueryExecutor bean (the entity manager is not created: nothing calls it). */
    @Benchmark
    public String requestCreatingExecutor(ExecutorBenchmark.App app) {
        app.requests.activate();
        try {
            return app.beans.executor().unitName();
        } finally {
            app.requests.deactivate();
        }
    }

    @Benchmark
    public int transactionStatus(Tx tx) {
        return tx.connections.transaction().status();
    }

    @Benchmark
    public Result<Record> rawJooqWithUnitListeners(Tx tx) {
        return tx.withListeners.fetch(tx.app.byId());
    }

    @Benchmark
    public Result<Record> executorWithoutProxy(Tx tx) {
        return tx.direct.fetch(tx.app.byId());
    }

    @Benchmark
    public Result<Record> executor(Tx tx) {
        return tx.injected.fetch(tx.app.byId());
    }

    @Benchmark
    public Connection acquireRelease(Tx tx) {
        Connection c = tx.connections.acquire();
        tx.connections.release(c);
        return c;
    }

    @Benchmark
    public void flush(Tx tx) {
        tx.em.flush();
    }

    @Benchmark
    public String proxyCall(Tx tx) {
        return tx.injected.unitName();
    }
}
