package io.github.jooqcdi.benchmarks;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.cdi.JooqCdiExtension;
import io.github.jooqcdi.execution.JooqUnit;
import io.github.jooqcdi.execution.JooqUnitBuilder;
import io.github.jooqcdi.provider.JpaProviderAdapter;
import io.github.jooqcdi.provider.JpaProviderAdapters;
import io.github.jooqcdi.transaction.ResourceLocalTransactionState;
import io.github.jooqcdi.unit.UnitSettings;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
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

import java.math.BigDecimal;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * What a {@link QueryExecutor} adds over raw jOOQ on the same JDBC connection, per JPA provider, on an in-memory H2
 * {@code RESOURCE_LOCAL} unit with one entity and {@value #ROWS} rows.
 * <ul>
 *   <li>{@code rawJooq}: {@code DSL.using(connection, H2)} on the connection the entity manager uses in its active
 *       {@code EntityTransaction}, taken once per transaction (as a hand-written integration would);</li>
 *   <li>{@code executor}: the same query object through the injected {@code QueryExecutor} (a request-scoped client
 *       proxy) in the same kind of transaction: connection taken and released per execution, flush-before-query,
 *       rollback-on-error and cache-eviction listeners on;</li>
 *   <li>{@code rawJooqPerRequest} / {@code executorPerRequest}: a whole request (new request context, new entity
 *       manager, begin, first query, commit, request end) without and with the executor;</li>
 *   <li>{@code startup}: building the unit's tables and jOOQ configuration ({@link JooqUnitBuilder#build}) again on a
 *       warm JVM; the cold first build is printed by the trial setup.</li>
 * </ul>
 * Each iteration of {@code rawJooq}/{@code executor} is one request with one transaction (read only, committed at
 * the iteration's end).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"})
public class ExecutorBenchmark {

    static final int ROWS = 1000;
    static final int RANGE = 100;

    /** jooq-cdi renders names as the unit's configuration does; raw jOOQ gets the same settings, so the SQL is equal. */
    static Settings sameSettings() {
        return new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED);
    }

    /** The Weld container of one provider's unit, with its data, for a whole trial. */
    @State(Scope.Thread)
    public static class App {

        /** jOOQ logs its build line at INFO; the startup benchmark would print it on each invocation. */
        private static final Logger BUILDER_LOG = Logger.getLogger(JooqUnitBuilder.class.getName());

        @Param({"hibernate", "eclipselink"})
        public String provider;

        Provider p;
        EntityManagerFactory emf;
        JpaProviderAdapter adapter;
        UnitSettings settings;
        WeldContainer weld;
        RequestContextController requests;
        UnitBeans beans;
        Table<Record> item;
        Field<Long> id;
        private long counter;

        @Setup(Level.Trial)
        @SuppressWarnings("unchecked")
        public void start() {
            p = Provider.valueOf(provider);
            emf = p.emf.get();
            adapter = JpaProviderAdapters.detect(emf).orElseThrow();
            List<String> problems = new ArrayList<>();
            settings = UnitSettings.of(p.unit, Map.of(), problems::add);
            long t0 = System.nanoTime();
            JooqUnitBuilder.build(p.unit, settings, emf, adapter, em -> new ResourceLocalTransactionState(em, adapter),
                    List.of(), List.of());
            long cold = System.nanoTime() - t0;
            t0 = System.nanoTime();
            weld = new Weld().disableDiscovery()
                    .addExtension(new JooqCdiExtension())
                    .addBeanClass(p.beans)
                    .initialize();
            long container = System.nanoTime() - t0;
            System.out.printf("%n[startup] %s: first JooqUnitBuilder.build in a cold JVM: %.1f ms; Weld SE container "
                    + "start (extension, unit built again): %.1f ms%n", provider, cold / 1e6, container / 1e6);
            BUILDER_LOG.setLevel(java.util.logging.Level.WARNING);

            requests = weld.select(RequestContextController.class).get();
            beans = weld.select(p.beans).get();
            EntityTables tables = weld.select(EntityTables.class, PersistenceUnitName.Literal.of(p.unit)).get();
            item = tables.table(Item.class);
            id = (Field<Long>) tables.field(Item.class, "id");

            requests.activate();
            try {
                EntityManager em = beans.em();
                em.getTransaction().begin();
                for (long i = 1; i <= ROWS; i++) {
                    em.persist(new Item(i, "item " + i, BigDecimal.valueOf(i * 7 % 1000, 2), (int) (i % 50)));
                }
                em.getTransaction().commit();
                em.clear();
                int count = beans.executor().fetch(DSL.selectCount().from(item)).get(0).value1();
                if (count != ROWS) {
                    throw new IllegalStateException("expected " + ROWS + " rows, found " + count);
                }
            } finally {
                requests.deactivate();
            }
        }

        @TearDown(Level.Trial)
        public void stop() {
            weld.shutdown();
            emf.close();
        }

        ResultQuery<Record> byId() {
            long key = counter++ % ROWS + 1;
            return DSL.selectFrom(item).where(id.eq(key));
        }

        ResultQuery<Record> range() {
            long from = counter++ % (ROWS - RANGE + 1) + 1;
            return DSL.selectFrom(item).where(id.between(from, from + RANGE - 1));
        }
    }

    /** One request and one active EntityTransaction per iteration: raw jOOQ's DSLContext and the executor. */
    @State(Scope.Thread)
    public static class InTransaction {

        @Param({"byId", "range100"})
        public String query;

        App app;
        DSLContext raw;
        QueryExecutor executor;
        private boolean range;

        /** (The benchmark methods take only this state: JMH would make a second App for a second parameter.) */
        @Setup(Level.Iteration)
        public void begin(App app) {
            this.app = app;
            range = query.equals("range100");
            app.requests.activate();
            EntityManager em = app.beans.em();
            em.getTransaction().begin();
            Connection connection = app.p.connection.apply(em);
            raw = DSL.using(connection, SQLDialect.H2, sameSettings());
            executor = app.beans.executor();
        }

        @TearDown(Level.Iteration)
        public void end() {
            app.beans.em().getTransaction().commit();
            app.requests.deactivate();
        }

        ResultQuery<Record> next() {
            return range ? app.range() : app.byId();
        }
    }

    @Benchmark
    public Result<Record> rawJooq(InTransaction tx) {
        return tx.raw.fetch(tx.next());
    }

    @Benchmark
    public Result<Record> executor(InTransaction tx) {
        return tx.executor.fetch(tx.next());
    }

    @Benchmark
    public Result<Record> rawJooqPerRequest(App app) {
        app.requests.activate();
        try {
            EntityManager em = app.beans.em();
            em.getTransaction().begin();
            try {
                return DSL.using(app.p.connection.apply(em), SQLDialect.H2, sameSettings()).fetch(app.byId());
            } finally {
                em.getTransaction().commit();
            }
        } finally {
            app.requests.deactivate();
        }
    }

    @Benchmark
    public Result<Record> executorPerRequest(App app) {
        app.requests.activate();
        try {
            EntityManager em = app.beans.em();
            em.getTransaction().begin();
            try {
                return app.beans.executor().fetch(app.byId());
            } finally {
                em.getTransaction().commit();
            }
        } finally {
            app.requests.deactivate();
        }
    }

    @Benchmark
    public JooqUnit startup(App app) {
        return JooqUnitBuilder.build(app.p.unit, app.settings, app.emf, app.adapter,
                em -> new ResourceLocalTransactionState(em, app.adapter), List.of(), List.of());
    }
}
