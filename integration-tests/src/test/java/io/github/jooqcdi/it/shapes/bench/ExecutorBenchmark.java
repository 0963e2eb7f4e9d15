package io.github.jooqcdi.it.shapes.bench;

import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.it.shapes.model.Member;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * jooq-cdi's {@code QueryExecutor} against raw jOOQ ({@code DSL.using(connection, dialect, settings)}) on the same
 * connection of the same JTA transaction, inside the server: select by primary key, a 100-row fetch, a 100-row batch
 * insert. After a round to warm up, rounds interleave the two (each first in every other round); the figure of a kind
 * is the median over the rounds of the mean time per query.
 */
@RequestScoped
public class ExecutorBenchmark {

    static final int ROWS = 100;

    @PersistenceContext(unitName = "lending")
    EntityManager em;

    @Inject
    QueryExecutor executor;

    /** Per kind: {raw µs, executor µs} per query (medians over the rounds). */
    @Transactional
    public Map<String, double[]> run(int queries, int rounds) {
        List<Long> ids = members();
        Table<Record> members = executor.tables().table("SHAPE_MEMBER");
        Field<Long> id = executor.tables().field(Member.class, "id").coerce(Long.class);
        Table<Record> phones = executor.tables().table("SHAPE_MEMBER_PHONE");
        Field<Object> phoneMember = DSL.field(phones.getQualifiedName().append("MEMBER_ID"));
        Field<Object> phone = DSL.field(phones.getQualifiedName().append("PHONE"));
        long[] phoneNumber = {0};

        Map<String, Consumer<DSLContext>> kinds = new LinkedHashMap<>();
        kinds.put("select by primary key", dsl -> {
            for (int i = 0; i < queries; i++) {
                dsl.selectFrom(members).where(id.eq(ids.get(i % ids.size()))).fetchOne();
            }
        });
        kinds.put("select of 100 rows", dsl -> {
            for (int i = 0; i < queries / 10; i++) {
                dsl.selectFrom(members).where(id.in(ids)).fetch();
            }
        });
        kinds.put("batch insert of 100 rows", dsl -> {
            for (int i = 0; i < queries / 100 + 1; i++) {
                BatchBindStep batch = dsl.batch(dsl.insertInto(phones, phoneMember, phone).values((Object) null, null));
                for (int r = 0; r < ROWS; r++) {
                    batch.bind(ids.get(r), "+1 " + phoneNumber[0]++);
                }
                batch.execute();
            }
        });
        int[] perRound = {queries, queries / 10, queries / 100 + 1};

        Map<String, double[]> medians = new LinkedHashMap<>();
        int k = 0;
        for (Map.Entry<String, Consumer<DSLContext>> kind : kinds.entrySet()) {
            double[] raw = new double[rounds];
            double[] ours = new double[rounds];
            timeRaw(kind.getValue()); // a round to warm up both, not counted
            timeExecutor(kind.getValue());
            for (int round = 0; round < rounds; round++) { // each goes first in every other round
                if (round % 2 == 0) {
                    raw[round] = timeRaw(kind.getValue()) / perRound[k];
                    ours[round] = timeExecutor(kind.getValue()) / perRound[k];
                } else {
                    ours[round] = timeExecutor(kind.getValue()) / perRound[k];
                    raw[round] = timeRaw(kind.getValue()) / perRound[k];
                }
            }
            medians.put(kind.getKey(), new double[] {median(raw), median(ours)});
            k++;
        }
        return medians;
    }

    /** Raw jOOQ on the transaction's connection: the connection is taken once, through the executor, outside the timing. */
    private double timeRaw(Consumer<DSLContext> work) {
        double micros = executor.dsl().connectionResult(connection -> {
            DSLContext raw = DSL.using(connection, executor.dsl().dialect(), executor.dsl().settings());
            return time(() -> work.accept(raw));
        });
        removeInsertedRows();
        return micros;
    }

    private double timeExecutor(Consumer<DSLContext> work) {
        double micros = time(() -> work.accept(executor.dsl()));
        removeInsertedRows();
        return micros;
    }

    /** After each timed run, outside its time: the batch inserts always start from the same (empty) table. */
    private void removeInsertedRows() {
        executor.execute(executor.dsl().deleteFrom(executor.tables().table("SHAPE_MEMBER_PHONE")));
    }

    private static double time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1000.0;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** {@value #ROWS} members to read, written through JPA and flushed. */
    private List<Long> members() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            Member member = new Member();
            member.name = "bench " + i;
            em.persist(member);
            ids.add(member.id);
        }
        em.flush();
        em.clear(); // an empty persistence context, as a report request has
        return ids;
    }
}
