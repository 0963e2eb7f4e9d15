package io.github.jooqcdi.benchmarks;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.QueryExecutor;
import jakarta.persistence.EntityManager;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The flush before a query does not grow with the persistence context (performance issue, target 3): a query on
 * {@code NOTE} through the executor, in a transaction whose persistence context holds {@code managed} unmodified
 * {@link Item}s (0 or 1,000; {@code ITEM} and {@code NOTE} share no association), per provider. The target is the
 * ratio of the 1,000 row to the 0 row of the same query.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"})
public class FlushBenchmark {

    static final int NOTES = 1000;

    @State(Scope.Thread)
    public static class Context {

        @Param({"0", "1000"})
        public int managed;

        @Param({"byId", "range100"})
        public String query;

        ExecutorBenchmark.App app;
        QueryExecutor executor;
        Table<Record> note;
        Field<Long> id;
        private long counter;

        @Setup(Level.Trial)
        @SuppressWarnings("unchecked")
        public void seed(ExecutorBenchmark.App app) {
            this.app = app;
            EntityTables tables = app.weld.select(EntityTables.class, PersistenceUnitName.Literal.of(app.p.unit)).get();
            note = tables.table(Note.class);
            id = (Field<Long>) tables.field(Note.class, "id");
            app.requests.activate();
            try {
                EntityManager em = app.beans.em();
                em.getTransaction().begin();
                for (long i = 1; i <= NOTES; i++) {
                    em.persist(new Note(i, "note " + i));
                }
                em.getTransaction().commit();
            } finally {
                app.requests.deactivate();
            }
        }

        /** One request and transaction per iteration, with {@code managed} items loaded into its persistence context. */
        @Setup(Level.Iteration)
        public void begin() {
            app.requests.activate();
            EntityManager em = app.beans.em();
            em.getTransaction().begin();
            if (managed > 0) {
                int loaded = em.createQuery("select i from Item i where i.id <= :n", Item.class)
                        .setParameter("n", (long) managed).getResultList().size();
                if (loaded != managed) {
                    throw new IllegalStateException("expected " + managed + " items, loaded " + loaded);
                }
            }
            executor = app.beans.executor();
        }

        @TearDown(Level.Iteration)
        public void end() {
            app.beans.em().getTransaction().commit();
            app.requests.deactivate();
        }

        ResultQuery<Record> next() {
            long key = counter++ % (NOTES - 99) + 1;
            return query.equals("byId") ? DSL.selectFrom(note).where(id.eq(key))
                    : DSL.selectFrom(note).where(id.between(key, key + 99));
        }
    }

    @Benchmark
    public Result<Record> noteQuery(Context c) {
        return c.executor.fetch(c.next());
    }
}
