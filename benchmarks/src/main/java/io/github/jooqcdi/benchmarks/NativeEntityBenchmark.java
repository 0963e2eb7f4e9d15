package io.github.jooqcdi.benchmarks;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.QueryExecutor;
import jakarta.persistence.EntityManager;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;
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

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code fetchEntities} against the provider's own {@code em.createNativeQuery(sql, Item.class)} with the same SQL
 * (performance issue, target 4): 1 and 100 {@link Item}s, in a transaction whose persistence context is cleared before
 * each query, so that both build new managed entities every time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"})
public class NativeEntityBenchmark {

    @State(Scope.Thread)
    public static class Context {

        @Param({"1", "100"})
        public int rows;

        ExecutorBenchmark.App app;
        EntityManager em;
        QueryExecutor executor;
        /** The same query as SQL with JPA positional parameters {@code ?1, ?2}, as {@code fetchEntities} renders it. */
        String sql;
        List<Field<?>> fields;
        Field<Long> id;
        private long counter;

        @Setup(Level.Iteration)
        @SuppressWarnings("unchecked")
        public void begin(ExecutorBenchmark.App app) {
            this.app = app;
            app.requests.activate();
            em = app.beans.em();
            em.getTransaction().begin();
            executor = app.beans.executor();
            EntityTables t = app.weld.select(EntityTables.class, PersistenceUnitName.Literal.of(app.p.unit)).get();
            id = (Field<Long>) t.field(Item.class, "id");
            fields = t.entityFields(Item.class);
            sql = DSL.using(SQLDialect.H2, ExecutorBenchmark.sameSettings().withParamType(ParamType.NAMED)
                    .withRenderNamedParamPrefix("?")).render(query(0));
        }

        @TearDown(Level.Iteration)
        public void end() {
            em.getTransaction().commit();
            app.requests.deactivate();
        }

        ResultQuery<Record> query(long from) {
            return DSL.select(fields).from(app.item).where(id.between(from, from + rows - 1)).orderBy(id);
        }

        long next() {
            em.clear();
            return counter++ % (ExecutorBenchmark.ROWS - rows + 1) + 1;
        }
    }

    @Benchmark
    public List<Item> fetchEntities(Context c) {
        long from = c.next();
        return c.executor.fetchEntities(c.query(from), Item.class);
    }

    @Benchmark
    @SuppressWarnings("unchecked")
    public List<Item> nativeQuery(Context c) {
        long from = c.next();
        return c.em.createNativeQuery(c.sql, Item.class).setParameter(1, from).setParameter(2, from + c.rows - 1)
                .getResultList();
    }
}
