package io.github.jooqcdi.semantics;

import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.cdi.JooqCdiExtension;
import io.github.jooqcdi.execution.QueryEvent;
import io.github.jooqcdi.support.LogCapture;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.conf.ParamType;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.NoDataFoundException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a user relies on when running jOOQ through a {@link QueryExecutor}, for one provider and transaction type:
 * the same transaction as JPA, flush before query, connections returned, managed entities, rollback on errors.
 * Rows are counted on an independent JDBC connection, never through the code under test.
 */
@EnableWeld
abstract class ExecutorContract {

    /** The unit with jooq-cdi's defaults (flush AUTO, eviction on). */
    abstract String unit();

    /**
     * The same mapping on a unit with {@code jooq.flush=NEVER}, {@code jooq.evict-after-dml=false} and
     * {@code jooq.slow-query-ms=0}.
     */
    abstract String plainUnit();

    /** The bean classes that produce both units' entity managers (and, for JTA, the registry). */
    abstract Class<?>[] producers();

    abstract void begin(EntityManager em) throws Exception;

    abstract void commit(EntityManager em) throws Exception;

    abstract void rollback(EntityManager em) throws Exception;

    abstract boolean markedRollbackOnly(EntityManager em) throws Exception;

    /** Whether a transaction is still open on this thread (cleaned up after each test). */
    abstract boolean inTransaction(EntityManager em) throws Exception;

    /** A connection to the unit's database that has nothing to do with JPA or jooq-cdi. */
    abstract Connection independentConnection(String unit) throws SQLException;

    @WeldSetup
    public WeldInitiator weld = WeldInitiator.from(new Weld().disableDiscovery()
                    .addExtension(new JooqCdiExtension())
                    .addBeanClasses(producers()))
            .activate(RequestScoped.class)
            .build();

    QueryExecutor executor(String unit) {
        return weld.select(QueryExecutor.class, PersistenceUnitName.Literal.of(unit)).get();
    }

    EntityManager em(String unit) {
        return weld.select(EntityManager.class, PersistenceUnitName.Literal.of(unit)).get();
    }

    Table<Record> account(QueryExecutor q) {
        return q.tables().table(Account.class);
    }

    Field<BigDecimal> balance(QueryExecutor q) {
        return q.tables().field(Account_.balance);
    }

    /** An insert of an account row through jOOQ, built with {@code dsl} (the executor's or a transaction's). */
    Query insertAccount(QueryExecutor q, DSLContext dsl, long id, String owner, BigDecimal amount) {
        return dsl.insertInto(account(q))
                .set(q.tables().field(Account_.id), id)
                .set(q.tables().field(Account_.owner), owner)
                .set(balance(q), amount)
                .set(q.tables().field(Account_.version), 0);
    }

    @BeforeEach
    void emptyTables() throws Exception {
        for (String unit : List.of(unit(), plainUnit())) {
            try (Connection c = independentConnection(unit); Statement s = c.createStatement()) {
                s.executeUpdate("delete from ACCOUNT");
                s.executeUpdate("delete from MEMO");
                s.executeUpdate("delete from HOLDING");
                s.executeUpdate("delete from PORTFOLIO");
            }
            em(unit).getEntityManagerFactory().getCache().evictAll();
        }
    }

    @AfterEach
    void endTransaction() throws Exception {
        for (String unit : List.of(unit(), plainUnit())) {
            EntityManager em = em(unit);
            if (inTransaction(em)) {
                rollback(em);
            }
        }
    }

    long countRows(String unit, String where) throws SQLException {
        try (Connection c = independentConnection(unit); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from ACCOUNT where " + where)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void unflushedPersistIsVisibleToJooqWithFlushAuto() throws Exception {
        QueryExecutor q = executor(unit());
        EntityManager em = em(unit());
        begin(em);
        em.persist(new Account(1L, "ada", new BigDecimal("10.00")));
        assertEquals(1, q.fetch(DSL.selectCount().from(account(q))).get(0).value1());
        rollback(em);
        assertEquals(0, countRows(unit(), "1=1"));
    }

    @Test
    void unflushedPersistIsInvisibleWithFlushNever() throws Exception {
        QueryExecutor q = executor(plainUnit());
        EntityManager em = em(plainUnit());
        begin(em);
        em.persist(new Account(1L, "ada", new BigDecimal("10.00")));
        assertEquals(0, q.fetch(DSL.selectCount().from(account(q))).get(0).value1());
        em.flush();
        assertEquals(1, q.fetch(DSL.selectCount().from(account(q))).get(0).value1());
    }

    /** Rows of {@code table} on the transaction's own connection, read without jOOQ's listeners (so without a flush). */
    long rowsInTransaction(QueryExecutor q, String table) {
        long[] rows = {-1};
        q.dsl().connection(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                rs.next();
                rows[0] = rs.getLong(1);
            }
        });
        return rows[0];
    }

    @Test
    void aQueryFlushesOnlyWhenItReadsATableWithPendingChanges() throws Exception {
        QueryExecutor q = executor(unit());
        EntityManager em = em(unit());
        begin(em);
        em.persist(new Account(1L, "ada", new BigDecimal("10.00")));
        assertEquals(0, q.fetch(DSL.selectCount().from(q.tables().table(Memo.class))).get(0).value1());
        assertEquals(0, q.fetch(DSL.selectFrom(q.tables().table(Memo.class))
                .where(q.tables().field(Memo.class, "id").cast(Long.class).eq(1L))).size());
        assertEquals(0, rowsInTransaction(q, "ACCOUNT"), "a query on MEMO alone leaves the ACCOUNT insert pending");
        // ACCOUNT read through an aliased table in a scalar subquery: flushed
        Table<Record> a = account(q).as("a");
        assertEquals(1, q.fetch(DSL.select(DSL.field(DSL.selectCount().from(a)))).get(0).value1());
        assertEquals(1, rowsInTransaction(q, "ACCOUNT"));
        rollback(em);
        assertEquals(0, countRows(unit(), "1=1"));
    }

    @Test
    void plainSqlFlushesAllPendingChanges() throws Exception {
        QueryExecutor q = executor(unit());
        EntityManager em = em(unit());
        begin(em);
        em.persist(new Account(1L, "ada", new BigDecimal("10.00")));
        assertEquals(1, ((Number) q.fetch(q.dsl().resultQuery("select count(*) from ACCOUNT")).get(0).get(0))
                .intValue());
        rollback(em);
    }

    @Test
    void aQueryFlushesWhatAManagedEntityCascadesToItsTable() throws Exception {
        QueryExecutor q = executor(unit());
        EntityManager em = em(unit());
        begin(em);
        Portfolio portfolio = new Portfolio(1L);
        em.persist(portfolio);
        em.flush();
        portfolio.holdings().add(new Holding(1L, "ACME")); // persisted by the flush's cascade, nothing else
        Table<Record> holding = q.tables().table(Holding.class);
        assertEquals(1, q.fetch(DSL.selectCount().from(holding)
                .where(holding.field("PORTFOLIO_ID", Long.class).eq(1L))).get(0).value1());
        rollback(em);
        assertEquals(0, countRows(unit(), "1=1"));
    }

    @Test
    void commitCoversJpaAndJooqWrites() throws Exception {
        QueryExecutor q = executor(unit());
        EntityManager em = em(unit());
        begin(em);
        em.persist(new Account(1L, "ada", new BigDecimal("10.00")));
        q.execute(insertAccount(q, q.dsl(), 2L, "bob", new BigDecimal("20.00")));
        assertEquals(0, countRows(unit(), "ID = 2"), "uncommitted jOOQ insert is invisible to other connections");
        commit(em);
        assertEquals(2, countRows(unit(), "ID in (1, 2)"));
    }

    @Test
    void rollbackUndoesJpaAndJooqWrites() throws Exception {
        QueryExecutor q = executor(unit());
        EntityManager em = em(unit());
        begin(em);
        em.persist(new Account(1L, "ada", new BigDecimal("10.00")));
        q.execute(q.dsl().update(account(q)).set(balance(q), new BigDecimal("99.00")));
        assertEquals(new BigDecimal("99.00"), q.dsl().select(balance(q)).from(account(q)).fetchOne().value1());
        rollback(em);
        assertEquals(0, countRows(unit(), "1=1"));
    }

    @Test
    void sqlErrorInTransactionThrowsDataAccessExceptionAndMarksRollbackOnly() throws Exception {
        QueryExecutor q = executor(unit());
        EntityManager em = em(unit());
        begin(em);
        em.persist(new Account(1L, "ada", new BigDecimal("10.00")));
        assertThrows(DataAccessException.class,
                () -> q.execute(insertAccount(q, q.dsl(), 1L, "duplicate", BigDecimal.ONE)));
        assertTrue(markedRollbackOnly(em));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> q.fetch(DSL.selectCount().from(account(q))));
        assertTrue(e.getMessage().contains("MARKED_ROLLBACK") && e.getMessage().contains("'" + unit() + "'")
                && e.getMessage().contains("run the work again in a new transaction"), e.getMessage());
        rollback(em);
        assertEquals(0, countRows(unit(), "1=1"));
    }

    /**
     * The injected executor is Weld's client proxy of a request-scoped bean: with no active request context (here a
     * thread the container did not start) Weld's own exception says so, before any jooq-cdi code runs.
     */
    @Test
    @Timeout(30)
    void theExecutorWithoutARequestContextFailsWithContextNotActive() throws Exception {
        QueryExecutor q = executor(unit());
        RuntimeException e = onAnotherThread(q::unitName);
        assertTrue(e instanceof ContextNotActiveException, String.valueOf(e));
        assertTrue(e.getMessage().contains("RequestScoped"), e.getMessage());
    }

    /**
     * The executor's DSLContext taken to a thread the container did not start: the request's entity manager is not
     * thread-safe and its transaction belongs to the request's thread, so a query there fails, whatever the
     * transaction.
     */
    @Test
    @Timeout(30)
    void theRequestsDslContextOnAnotherThreadFails() throws Exception {
        QueryExecutor q = executor(unit());
        DSLContext dsl = q.dsl();
        Table<Record> account = account(q);
        EntityManager em = em(unit());
        RuntimeException outside = onAnotherThread(() -> dsl.fetchCount(account));
        begin(em);
        em.persist(new Account(1L, "ada", new BigDecimal("10.00")));
        RuntimeException inside = onAnotherThread(() -> dsl.fetchCount(account));
        for (RuntimeException e : new RuntimeException[] {outside, inside}) {
            assertTrue(e instanceof IllegalStateException, String.valueOf(e));
            assertTrue(e.getMessage().contains("'" + unit() + "'")
                    && e.getMessage().contains("run the query on the request's thread"), e.getMessage());
        }
        assertEquals(1, dsl.fetchCount(account), "the request's thread still uses its transaction");
        rollback(em);
        assertNoConnectionInUse();
    }

    /** Runs {@code action} on a new thread, without a request context; what it threw, or {@code null}. */
    static RuntimeException onAnotherThread(Runnable action) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            try {
                action.run();
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        }).get(10, TimeUnit.SECONDS);
    }

    /**
     * A cursor left open past its transaction: with a pool that closes the statements of a returned connection (JTA,
     * Agroal) reading it fails; where the result set survives the commit (RESOURCE_LOCAL on H2) the executor's next
     * query fails instead. Either says to close the cursor inside the transaction; once closed, all is well again.
     */
    @Test
    @Timeout(30)
    void aCursorLeftOpenPastItsTransactionFailsAndSaysToCloseIt() throws Exception {
        QueryExecutor q = executor(unit());
        EntityManager em = em(unit());
        begin(em);
        em.persist(new Account(1L, "ada", new BigDecimal("10.00")));
        em.persist(new Account(2L, "bob", new BigDecimal("20.00")));
        Cursor<Record> cursor = q.dsl().selectFrom(account(q)).fetchLazy();
        assertNotNull(cursor.fetchNext());
        commit(em);
        RuntimeException e;
        if (this instanceof JtaContract) {
            e = assertThrows(DataAccessException.class, cursor::fetchNext);
        } else {
            e = assertThrows(IllegalStateException.class, () -> q.fetch(DSL.selectCount().from(account(q))));
        }
        assertTrue(e.getMessage().contains("'" + unit() + "'")
                && e.getMessage().contains("close it inside the transaction (try-with-resources)"), e.getMessage());
        cursor.close();
        assertEquals(2, q.dsl().fetchCount(account(q)));
        assertNoConnectionInUse();
    }

    @Test
    void noRowFoundLeavesTheTransactionAlone() throws Exception {
        QueryExecutor q = executor(unit());
        EntityManager em = em(unit());
        begin(em);
        em.persist(new Account(1L, "ada", new BigDecimal("10.00")));
        assertThrows(NoDataFoundException.class,
                () -> q.dsl().selectFrom(account(q)).where(q.tables().field(Account_.id).eq(2L)).fetchSingle());
        assertFalse(markedRollbackOnly(em), "like JPA's NoResultException, 'no row' does not doom the transaction");
        commit(em);
        assertEquals(1, countRows(unit(), "ID = 1"));
    }

    @Test
    @Timeout(30)
    void outsideATransactionEveryBorrowedConnectionIsReturned() throws Exception {
        QueryExecutor q = executor(unit());
        for (int i = 0; i < 10; i++) {
            q.fetch(DSL.selectCount().from(account(q)));
        }
        long before = openSessions();
        for (int i = 0; i < 1_000; i++) {
            try {
                q.fetch(DSL.selectCount().from(account(q)));
            } catch (RuntimeException e) {
                throw new AssertionError("query " + (i + 1) + " of 1,000 failed; connections lent out: "
                        + connectionsInUse() + " (a leak?)", e);
            }
        }
        q.execute(insertAccount(q, q.dsl(), 7L, "auto", BigDecimal.TEN));
        assertEquals(before, openSessions(), "open database sessions before and after 1,000 queries");
        assertEquals(1, countRows(unit(), "ID = 7"), "outside a transaction a write is auto-committed");
        assertNoConnectionInUse();
    }

    /** How the class name of the JDBC driver's exception for a missing table begins. */
    String driverExceptionPrefix() {
        return "org.h2.jdbc.";
    }

    /** Hook for pools that can tell how many connections are lent out. */
    void assertNoConnectionInUse() {
    }

    /** How many connections the unit's pool has lent out, where a pool can tell. */
    String connectionsInUse() {
        return "unknown (no pool)";
    }

    long openSessions() throws SQLException {
        try (Connection c = independentConnection(unit()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from INFORMATION_SCHEMA.SESSIONS")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void fetchEntitiesReturnsManagedEntitiesOfThePersistenceContext() throws Exception {
        QueryExecutor q = executor(unit());
        EntityManager em = em(unit());
        begin(em);
        Account ada = new Account(1L, "ada", new BigDecimal("10.00"));
        em.persist(ada);
        em.persist(new Account(2L, "bob", new BigDecimal("1.00")));
        List<Account> rich = q.fetchEntities(q.dsl().select(q.tables().entityFields(Account.class))
                .from(account(q)).where(balance(q).gt(new BigDecimal("5.00"))), Account.class);
        assertEquals(1, rich.size());
        assertSame(ada, rich.get(0), "the managed instance of the persistence context");
        assertTrue(em.contains(rich.get(0)));
        assertEquals(ParamType.INDEXED, q.dsl().settings().getParamType(), "fetchEntities leaves the settings alone");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> q.fetchEntities(
                q.dsl().select(balance(q)).from(account(q)), Account.class));
        assertTrue(e.getMessage().contains("entityFields(Account.class)") && e.getMessage().contains("OWNER"),
                e.getMessage());
    }

    @Test
    void fetchEntitiesRefusesAnotherTablesColumnOfTheSameName() throws Exception {
        QueryExecutor q = executor(unit());
        EntityManager em = em(unit());
        begin(em);
        em.persist(new Account(1L, "ada", new BigDecimal("10.00")));
        em.persist(new Account(2L, "bob", new BigDecimal("1.00")));
        Field<Long> id = q.tables().field(Account_.id);
        Table<Record> other = account(q).as("other");
        // one account's row under the other's ID: read by name, it would build the wrong entity
        List<Field<?>> fields = q.tables().entityFields(Account.class).stream()
                .<Field<?>>map(f -> f.getName().equals(id.getName()) ? other.field(id) : f).toList();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> q.fetchEntities(
                q.dsl().select(fields).from(account(q)).join(other).on(other.field(id).ne(id)), Account.class));
        assertTrue(e.getMessage().contains("lacks [" + account(q).getName() + "." + id.getName() + "]")
                && e.getMessage().contains("has [other." + id.getName() + "]")
                && e.getMessage().contains("entityFields(Account.class)"), e.getMessage());
    }

    @Test
    void fetchEntitiesRefusesTwoSelectedColumnsOfTheSameName() throws Exception {
        QueryExecutor q = executor(unit());
        EntityManager em = em(unit());
        begin(em);
        em.persist(new Account(1L, "ada", new BigDecimal("10.00")));
        em.persist(new Account(2L, "bob", new BigDecimal("1.00")));
        Field<Long> id = q.tables().field(Account_.id);
        Table<Record> other = account(q).as("other");
        List<Field<?>> fields = new ArrayList<>(q.tables().entityFields(Account.class));
        fields.add(other.field(id));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> q.fetchEntities(
                q.dsl().select(fields).from(account(q)).join(other).on(other.field(id).ne(id)), Account.class));
        assertTrue(e.getMessage().contains("more than one column named " + id.getName() + " ["
                        + account(q).getName() + "." + id.getName() + ", other." + id.getName() + "]")
                && e.getMessage().contains("entityFields(Account.class)"), e.getMessage());
    }

    @Test
    void fetchEntitiesTakesTheEntityFieldsWithJoinsAndOtherColumnsUnderNamesOfTheirOwn() throws Exception {
        QueryExecutor q = executor(unit());
        EntityManager em = em(unit());
        begin(em);
        Account ada = new Account(1L, "ada", new BigDecimal("10.00"));
        em.persist(ada);
        em.persist(new Account(2L, "bob", new BigDecimal("1.00")));
        Field<Long> id = q.tables().field(Account_.id);
        Field<String> owner = q.tables().field(Account_.owner);
        Table<Record> other = account(q).as("other");
        List<Field<?>> fields = new ArrayList<>(q.tables().entityFields(Account.class));
        fields.add(other.field(id).as("OTHER_ID"));
        List<Account> read = q.fetchEntities(q.dsl().select(fields).from(account(q)).join(other)
                .on(other.field(id).ne(id)).where(other.field(owner).eq("bob")), Account.class);
        assertEquals(1, read.size());
        assertSame(ada, read.get(0), "the managed instance of the persistence context");
        assertEquals(List.of(ada), q.fetchEntities(q.dsl().selectFrom(account(q)).where(id.eq(1L)), Account.class),
                "the table's asterisk is its fields");
    }

    @Test
    void fetchIntoMapsRecordsToJavaRecords() throws Exception {
        QueryExecutor q = executor(unit());
        EntityManager em = em(unit());
        begin(em);
        em.persist(new Account(1L, "ada", new BigDecimal("10.00")));
        record Owner(String owner, BigDecimal balance) {
        }
        List<Owner> owners = q.fetchInto(q.dsl().select(q.tables().field(Account_.owner), balance(q))
                .from(account(q)), Owner.class);
        assertEquals(List.of(new Owner("ada", new BigDecimal("10.00"))), owners);
    }

    @Test
    void dslTransactionJoinsTheRunningTransactionAndMarksItRollbackOnlyOnFailure() throws Exception {
        QueryExecutor q = executor(unit());
        EntityManager em = em(unit());
        begin(em);
        em.persist(new Account(1L, "ada", new BigDecimal("10.00")));
        q.dsl().transaction(c -> DSL.using(c).update(account(q)).set(balance(q), BigDecimal.ONE).execute());
        assertFalse(markedRollbackOnly(em));
        assertThrows(IllegalStateException.class, () -> q.dsl().transaction(c -> {
            DSL.using(c).update(account(q)).set(balance(q), BigDecimal.TEN).execute();
            throw new IllegalStateException("business failure");
        }));
        assertTrue(markedRollbackOnly(em));
        rollback(em);
        assertEquals(0, countRows(unit(), "1=1"));
    }

    @Test
    void dslTransactionOutsideATransactionBeginsAndCommitsOne() throws Exception {
        QueryExecutor q = executor(unit());
        q.dsl().transaction(c -> insertAccount(q, DSL.using(c), 3L, "tx", BigDecimal.TEN).execute());
        assertEquals(1, countRows(unit(), "ID = 3"));
        assertThrows(IllegalStateException.class, () -> q.dsl().transaction(c -> {
            insertAccount(q, DSL.using(c), 4L, "tx", BigDecimal.TEN).execute();
            throw new IllegalStateException("business failure");
        }));
        assertEquals(0, countRows(unit(), "ID = 4"), "the transaction it began was rolled back");
    }

    @Test
    void jooqUpdateEvictsTheStaleSharedCacheEntry() throws Exception {
        updateAfterCachingAndRead(false);
    }

    @Test
    void plainSqlUpdateEvictsTheWholeUnit() throws Exception {
        updateAfterCachingAndRead(true);
    }

    /**
     * The interleaving the eviction after completion exists for: after the jOOQ update evicted the entity, a
     * concurrent reader (another thread, entity manager and transaction) still sees the committed old row and puts it
     * back into the shared cache; only an eviction after the commit keeps the next reader from getting it.
     */
    @Test
    void concurrentReaderBeforeTheCommitLeavesNoStaleEntityAfterIt() throws Exception {
        QueryExecutor q = executor(unit());
        EntityManager em = em(unit());
        EntityManagerFactory emf = em.getEntityManagerFactory();
        begin(em);
        em.persist(new Account(1L, "ada", new BigDecimal("10.00")));
        commit(em);
        em.clear();
        begin(em);
        q.execute(q.dsl().update(account(q)).set(balance(q), new BigDecimal("50.00")));
        assertEquals(new BigDecimal("10.00"), readElsewhere(emf), "the update is not committed yet");
        assertTrue(emf.getCache().contains(Account.class, 1L), "the reader cached the old row");
        commit(em);
        assertEquals(new BigDecimal("50.00"), readElsewhere(emf), "after the commit the entity is read anew");
    }

    /** The account's balance as found by a new entity manager on another thread (outside this one's transaction). */
    private static BigDecimal readElsewhere(EntityManagerFactory emf) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            EntityManager other = emf.createEntityManager();
            try {
                return other.find(Account.class, 1L).getBalance();
            } finally {
                other.close();
            }
        }).get(10, TimeUnit.SECONDS);
    }

    private void updateAfterCachingAndRead(boolean plainSql) throws Exception {
        for (String unit : List.of(unit(), plainUnit())) {
            QueryExecutor q = executor(unit);
            EntityManager em = em(unit);
            begin(em);
            em.persist(new Account(1L, "ada", new BigDecimal("10.00")));
            commit(em);
            em.clear();
            assertEquals(new BigDecimal("10.00"), em.find(Account.class, 1L).getBalance()); // now in the shared cache
            em.clear();
            begin(em);
            if (plainSql) {
                q.execute(DSL.query("update ACCOUNT set BALANCE = 50.00"));
            } else {
                q.execute(q.dsl().update(account(q)).set(balance(q), new BigDecimal("50.00")));
            }
            commit(em);
            em.clear();
            BigDecimal seen = em.find(Account.class, 1L).getBalance();
            if (unit.equals(unit())) {
                assertEquals(new BigDecimal("50.00"), seen, "after jOOQ DML the entity is read from the database");
            } else {
                assertEquals(new BigDecimal("10.00"), seen, "control: with jooq.evict-after-dml=false the shared "
                        + "cache serves the stale entity, so the cache really was in play");
            }
        }
    }

    void insertThreeAccounts(String unit) throws SQLException {
        try (Connection c = independentConnection(unit); Statement s = c.createStatement()) {
            s.executeUpdate("insert into ACCOUNT (ID, OWNER, BALANCE, VERSION) "
                    + "values (1, 'ada', 1.00, 0), (2, 'bob', 2.00, 0), (3, 'cyd', 3.00, 0)");
        }
    }

    @Test
    @Timeout(60)
    void everyExecutionIsAJfrEventWhileJfrRecordsIt() throws Exception {
        insertThreeAccounts(unit());
        QueryExecutor q = executor(unit());
        EntityManager em = em(unit());
        Path file = Files.createTempFile("jooq-cdi-", ".jfr");
        try {
            try (Recording recording = new Recording()) {
                recording.enable(QueryEvent.NAME);
                recording.start();
                assertEquals(3, q.fetch(DSL.selectFrom(account(q))).size());
                begin(em);
                assertEquals(3, q.execute(DSL.update(account(q)).set(balance(q), BigDecimal.TEN)
                        .where(q.tables().field(Account_.owner).ne("secret-owner"))));
                q.dsl().batch(insertAccount(q, q.dsl(), 0L, "", BigDecimal.ZERO))
                        .bind(4L, "dee", BigDecimal.ONE, 0).bind(5L, "eve", BigDecimal.ONE, 0).execute();
                q.dsl().batch(q.dsl().deleteFrom(account(q)).where(q.tables().field(Account_.id).eq(4L)),
                        q.dsl().deleteFrom(account(q)).where(q.tables().field(Account_.id).eq(5L))).execute();
                assertThrows(DataAccessException.class, () -> q.execute(q.dsl().query("update NO_SUCH_TABLE set X = 1")));
                rollback(em);
                recording.stop();
                recording.dump(file);
            }
            List<RecordedEvent> events = RecordingFile.readAllEvents(file).stream()
                    .filter(e -> e.getEventType().getName().equals(QueryEvent.NAME))
                    .filter(e -> unit().equals(e.getString("unit")))
                    .toList();
            assertEquals(5, events.size(), events::toString);

            RecordedEvent select = events.get(0);
            assertTrue(select.getString("sql").toUpperCase().startsWith("SELECT"), select::toString);
            assertTrue(select.getString("sql").contains("ACCOUNT"), select::toString);
            assertEquals(3, select.getLong("rows"), select::toString);
            assertFalse(select.getBoolean("inTransaction"), select::toString);
            assertNull(select.getString("error"), select::toString);
            assertFalse(select.getDuration().isNegative() || select.getDuration().isZero(), select::toString);

            RecordedEvent update = events.get(1);
            assertTrue(update.getString("sql").toUpperCase().startsWith("UPDATE ACCOUNT"), update::toString);
            assertTrue(update.getString("sql").contains("?"), update::toString);
            assertFalse(update.getString("sql").contains("secret-owner"), update::toString);
            assertEquals(3, update.getLong("rows"), update::toString);
            assertTrue(update.getBoolean("inTransaction"), update::toString);
            assertNull(update.getString("error"), update::toString);

            RecordedEvent bound = events.get(2);
            assertTrue(bound.getString("sql").toLowerCase().startsWith("insert into account"), bound::toString);
            assertTrue(bound.getString("sql").contains("?") && !bound.getString("sql").contains("dee"),
                    bound::toString);
            assertEquals(-1, bound.getLong("rows"), "jOOQ does not count the rows of each bind set: " + bound);

            RecordedEvent batch = events.get(3);
            assertTrue(batch.getString("sql").toLowerCase().matches("delete from account.*; delete from account.*"),
                    batch::toString);
            assertEquals(2, batch.getLong("rows"), batch::toString);

            RecordedEvent failed = events.get(4);
            assertEquals("update NO_SUCH_TABLE set X = 1", failed.getString("sql"), failed::toString);
            assertEquals(-1, failed.getLong("rows"), failed::toString);
            assertTrue(failed.getBoolean("inTransaction"), failed::toString);
            assertTrue(failed.getString("error").startsWith(driverExceptionPrefix()), failed::toString);
            assertEquals("42S02", failed.getString("sqlState"), failed::toString);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void theSlowQueryLogWarnsFromItsThresholdWithoutBindValuesAndNotWithoutOne() throws Exception {
        insertThreeAccounts(plainUnit());
        insertThreeAccounts(unit());
        List<LogRecord> records;
        try (LogCapture log = LogCapture.of("io.github.jooqcdi.SlowQuery")) {
            for (String unit : List.of(plainUnit(), unit())) {
                QueryExecutor q = executor(unit);
                assertEquals(3, q.fetch(DSL.selectFrom(account(q))
                        .where(q.tables().field(Account_.owner).ne("secret-owner"))).size());
            }
            records = log.records();
        }
        assertEquals(1, records.size(), () -> records.stream().map(LogRecord::getMessage).toList().toString());
        LogRecord slow = records.get(0);
        assertEquals(Level.WARNING, slow.getLevel());
        String message = slow.getMessage();
        assertTrue(message.matches("jooq-cdi: slow query on persistence unit '" + plainUnit()
                + "': \\d+ ms, 3 rows, outside a transaction: select .*ACCOUNT.* where .*\\?.*"), message);
        assertFalse(message.contains("secret-owner"), message);
    }
}
