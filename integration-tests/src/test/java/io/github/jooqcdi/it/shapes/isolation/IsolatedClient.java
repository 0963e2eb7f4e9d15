package io.github.jooqcdi.it.shapes.isolation;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.QueryExecutor;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.Table;

import java.util.List;

import static org.jooq.impl.DSL.selectCount;

/** One client of a {@link Round}, on a thread of its own. */
@ApplicationScoped
public class IsolatedClient {

    @PersistenceContext(unitName = IsolationUnit.NAME)
    EntityManager em;

    /** The executor of the calling thread's request (a client proxy): each client's own. */
    @Inject
    QueryExecutor executor;

    @Resource
    TransactionSynchronizationRegistry registry;

    /**
     * In a request context and a JTA transaction of its own: persists the client's row through JPA; reads through
     * jOOQ the ids of this round's rows (jooq-cdi flushes first); waits until every client has inserted; reads through
     * jOOQ every id of the table and the row count; waits until every client has read; then commits (odd clients) or
     * marks the transaction rollback-only, which {@code @Transactional} rolls back. Answers
     * {@code own=[…] seen=[…] count=<n>}.
     */
    @ActivateRequestContext
    @Transactional
    public String run(Round round, int client) {
        round.ranIn(registry.getTransactionKey());
        em.persist(new IsolationRow(round.id(client), round.number(), client));
        Rows rows = new Rows(executor.tables());
        List<Long> own = ids(executor.dsl().select(rows.id).from(rows.table).where(rows.round.eq(round.number()))
                .orderBy(rows.id));
        round.allInserted(client);
        List<Long> seen = ids(executor.dsl().select(rows.id).from(rows.table).orderBy(rows.id));
        int count = executor.fetch(selectCount().from(rows.table)).get(0).value1();
        round.allRead(client);
        if (!round.commits(client)) {
            registry.setRollbackOnly();
        }
        return "own=" + own + " seen=" + seen + " count=" + count;
    }

    private <R extends Record> List<Long> ids(ResultQuery<R> query) {
        return executor.fetch(query).getValues(0, Long.class);
    }

    /** The unit's table and columns, as jooq-cdi maps them. */
    static final class Rows {
        final Table<Record> table;
        final Field<Long> id;
        final Field<Integer> round;

        Rows(EntityTables tables) {
            table = tables.table(IsolationRow.class);
            id = tables.field(IsolationRow.class, "id").coerce(Long.class);
            round = tables.field(IsolationRow.class, "round").coerce(Integer.class);
        }
    }
}
