package io.github.jooqcdi.it.shapes.faults;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.QueryExecutor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Transfers between accounts in one JTA transaction ({@code @Transactional}), one side through JPA and the other
 * through jOOQ ({@code QueryExecutor}), plus the transfer's row, written by either; and the faults injected into them.
 */
@RequestScoped
public class Transfers {

    /** The id of the transfer row the seed writes: a {@link Fault#constraint} transfer reuses it. */
    public static final long EXISTING_TRANSFER = 0;

    /** Which side JPA writes. */
    public enum Direction {
        /** JPA debits the source account (a managed entity), jOOQ credits the target (an UPDATE). */
        jpaDebit,
        /** jOOQ debits the source account, JPA credits the target. */
        jooqDebit
    }

    @PersistenceContext(unitName = FaultsUnit.NAME)
    EntityManager em;

    @Inject
    QueryExecutor executor;

    @Inject
    Interference interference;

    /**
     * Moves {@code amount} from {@code from} to {@code to} and writes the transfer's row (by jOOQ when
     * {@code logByJooq}, else by JPA), with {@code fault} injected:
     * <ul>
     * <li>{@link Fault#runtimeAfterJooqWrite}: after every write and an {@code em.flush()}, an exception;</li>
     * <li>{@link Fault#constraint}: the transfer row gets the id {@link #EXISTING_TRANSFER};</li>
     * <li>{@link Fault#optimisticLock}: the JPA side's account is read <em>before</em> the row locks are taken, then a
     * second transaction ({@code REQUIRES_NEW}) increments its version and commits; this transaction holds no lock
     * yet, so that always succeeds, and JPA's UPDATE ({@code where VERSION = <read>}) then matches no row, at the flush
     * before the jOOQ credit ({@code jpaDebit}) or at the commit ({@code jooqDebit}): reliable, no timing involved;</li>
     * <li>{@link Fault#statementTimeout}: after the writes, a jOOQ query with {@code queryTimeout(1)} that takes
     * longer (PostgreSQL {@code pg_sleep(2)}, MariaDB {@code sleep(2)}; H2, which has no sleep function, a cross join of 10<sup>10</sup> rows).</li>
     * </ul>
     * Both accounts' rows are locked first (the lower id first: no deadlock between transfers), so without a fault a
     * transfer never fails for want of isolation.
     */
    @Transactional
    public void transfer(long id, long from, long to, long amount, Fault fault, Direction direction, boolean logByJooq) {
        long jpaSide = direction == Direction.jpaDebit ? from : to;
        long jooqSide = direction == Direction.jpaDebit ? to : from;
        Account stale = null;
        if (fault == Fault.optimisticLock) {
            stale = em.find(Account.class, jpaSide);
            interference.incrementVersion(jpaSide);
        }
        lock(Math.min(from, to));
        lock(Math.max(from, to));
        Account account = stale != null ? stale : em.find(Account.class, jpaSide);
        if (account == null) {
            throw new IllegalArgumentException("no account " + jpaSide);
        }
        if (direction == Direction.jpaDebit) {
            account.add(-amount);
            add(jooqSide, amount); // jooq-cdi flushes the debit before this UPDATE
        } else {
            add(jooqSide, -amount);
            account.add(amount);
        }
        long rowId = fault == Fault.constraint ? EXISTING_TRANSFER : id;
        if (logByJooq) {
            Fields f = new Fields(executor.tables());
            executor.execute(executor.dsl().insertInto(f.transfers)
                    .set(f.transferId, rowId).set(f.from, from).set(f.to, to).set(f.amount, amount)
                    .set(f.writtenBy, "jooq"));
        } else {
            em.persist(new TransferLog(rowId, from, to, amount, "jpa"));
        }
        if (fault == Fault.statementTimeout) {
            slowQuery();
            throw new IllegalStateException("the slow query was not timed out after 1 s");
        }
        if (fault == Fault.runtimeAfterJooqWrite) {
            em.flush();
            throw new IllegalStateException("injected: a runtime exception after the jOOQ write");
        }
    }

    /** {@code accounts} accounts of {@code balance} each, and the transfer row {@link #EXISTING_TRANSFER}. */
    @Transactional
    public void seed(int accounts, long balance) {
        for (long i = 1; i <= accounts; i++) {
            em.persist(new Account(i, balance));
        }
        em.persist(new TransferLog(EXISTING_TRANSFER, 1, 1, 0, "seed"));
    }

    /** A query in this transaction, then {@code millis} in a second one that also ran a query: two pool connections. */
    @Transactional
    public void hold(long millis) {
        Fields f = new Fields(executor.tables());
        executor.fetch(executor.dsl().selectCount().from(f.accounts));
        interference.holdConnection(millis);
    }

    private void lock(long account) {
        Fields f = new Fields(executor.tables());
        executor.fetch(executor.dsl().select(f.id).from(f.accounts).where(f.id.eq(account)).forUpdate());
    }

    private void add(long account, long delta) {
        Fields f = new Fields(executor.tables());
        int rows = executor.execute(executor.dsl().update(f.accounts)
                .set(f.balance, f.balance.plus(delta)).set(f.version, f.version.plus(1L)).where(f.id.eq(account)));
        if (rows != 1) {
            throw new IllegalStateException("account " + account + ": " + rows + " rows updated");
        }
    }

    private void slowQuery() {
        String sql = switch (executor.tables().dialect().family()) {
            case POSTGRES -> "select pg_sleep(2)";
            case MARIADB, MYSQL -> "select sleep(2)";
            default -> "select count(*) from system_range(1, 100000) a cross join system_range(1, 100000) b";
        };
        executor.dsl().resultQuery(sql).queryTimeout(1).fetch();
    }

    /** The unit's tables and columns, as jooq-cdi maps them. */
    static final class Fields {
        final Table<Record> accounts;
        final Field<Long> id;
        final Field<Long> balance;
        final Field<Long> version;
        final Table<Record> transfers;
        final Field<Long> transferId;
        final Field<Long> from;
        final Field<Long> to;
        final Field<Long> amount;
        final Field<String> writtenBy;

        Fields(EntityTables tables) {
            accounts = tables.table(Account.class);
            id = tables.field(Account.class, "id").coerce(Long.class);
            balance = tables.field(Account.class, "balance").coerce(Long.class);
            version = tables.field(Account.class, "version").coerce(Long.class);
            transfers = tables.table(TransferLog.class);
            transferId = tables.field(TransferLog.class, "id").coerce(Long.class);
            from = tables.field(TransferLog.class, "fromAccount").coerce(Long.class);
            to = tables.field(TransferLog.class, "toAccount").coerce(Long.class);
            amount = tables.field(TransferLog.class, "amount").coerce(Long.class);
            writtenBy = tables.field(TransferLog.class, "writtenBy").coerce(String.class);
        }
    }
}
