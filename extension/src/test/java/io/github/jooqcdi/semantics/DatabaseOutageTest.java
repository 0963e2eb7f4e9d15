package io.github.jooqcdi.semantics;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.exceptionsorter.PostgreSQLExceptionSorter;
import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.cdi.JooqCdiExtension;
import io.github.jooqcdi.support.Jta;
import io.github.jooqcdi.support.JtaBeans;
import io.github.jooqcdi.support.PrivatePostgres;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.jooq.Field;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Database outage (issue 13, item 5), on JTA units of both providers: a private PostgreSQL ({@link PrivatePostgres},
 * started by the test itself; skipped when the machine has no PostgreSQL server binaries) is stopped under a load of
 * transfers and started again. Each transfer debits one account through JPA and credits another through jOOQ in one
 * JTA transaction. While the database is down every transfer fails, quickly, with an exception that names the
 * connection problem; a transfer commits within 5 s of the server being back; and no transfer is half done: the
 * balances still add up.
 * <p>
 * The Agroal pool validates a connection when lending it ({@code isValid}) and drops a connection whose exception has
 * a connection SQL state (its PostgreSQL exception sorter): without either, the connections the stop broke stay in the
 * pool, and every transfer that borrows one fails long after the server is back.
 */
@EnableWeld
class DatabaseOutageTest {

    static final String HIBERNATE = "hb-outage";
    static final String ECLIPSELINK = "el-outage";

    /** Clients, each with its own two accounts (so their transfers never wait on each other's locks). */
    static final int CLIENTS = 4;
    static final BigDecimal OPENING = new BigDecimal("1000.00");
    static final BigDecimal AMOUNT = new BigDecimal("1.00");
    static final Duration RECOVERY_LIMIT = Duration.ofSeconds(5);
    /** How long the database stays down at least (and until every client has failed twice). */
    static final Duration DOWN_AT_LEAST = Duration.ofMillis(1500);
    /** The longest a transfer may take, even while the server is gone: the pool's acquisition timeout and a margin. */
    static final Duration ATTEMPT_LIMIT = Jta.ACQUISITION_TIMEOUT.plusSeconds(2);

    private static PrivatePostgres postgres;
    private static final Map<String, AgroalDataSource> POOLS = new ConcurrentHashMap<>();
    private static final Map<String, EntityManagerFactory> FACTORIES = new ConcurrentHashMap<>();
    private static final List<String> SUMMARY = new CopyOnWriteArrayList<>();
    /** Hibernate logs every failed load with its stack trace: hundreds while the database is down. */
    private static final List<Logger> QUIET = List.of(
            Logger.getLogger("org.hibernate.engine.jdbc.spi.SqlExceptionHelper"),
            Logger.getLogger("org.hibernate.event.internal.DefaultLoadEventListener"));
    /** Narayana warns, with a stack trace, of each commit or rollback the stop broke; its errors still show. */
    private static final Logger NARAYANA = Logger.getLogger("com.arjuna");

    static class Producers {
        @Produces @PersistenceUnitName(HIBERNATE) @RequestScoped
        EntityManager hibernate() {
            return factory(HIBERNATE).createEntityManager();
        }

        @Produces @PersistenceUnitName(ECLIPSELINK) @RequestScoped
        EntityManager eclipseLink() {
            return factory(ECLIPSELINK).createEntityManager();
        }

        void closeHibernate(@Disposes @PersistenceUnitName(HIBERNATE) EntityManager em) {
            em.close();
        }

        void closeEclipseLink(@Disposes @PersistenceUnitName(ECLIPSELINK) EntityManager em) {
            em.close();
        }
    }

    @WeldSetup
    public WeldInitiator weld = WeldInitiator.from(new Weld().disableDiscovery()
                    .addExtension(new JooqCdiExtension())
                    .addBeanClasses(Producers.class, JtaBeans.class))
            .activate(RequestScoped.class)
            .build();

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = PrivatePostgres.create();
        QUIET.forEach(logger -> logger.setLevel(Level.OFF));
        NARAYANA.setLevel(Level.SEVERE);
        postgres.createDatabase(database(HIBERNATE));
        postgres.createDatabase(database(ECLIPSELINK));
    }

    @AfterAll
    static void stopPostgres() {
        if (!SUMMARY.isEmpty()) {
            System.out.printf("%nDatabase outage (PostgreSQL on 127.0.0.1:%d stopped with -m fast, then started; "
                    + "recovery: first commit after pg_ctl start returned, negative when before)%n", postgres.port());
            System.out.printf("%-12s %10s %18s %12s %22s%n", "provider", "committed", "failed while down",
                    "recovery ms", "longest attempt down ms");
            SUMMARY.forEach(System.out::println);
        }
        QUIET.forEach(logger -> logger.setLevel(null));
        NARAYANA.setLevel(null);
        FACTORIES.values().forEach(EntityManagerFactory::close);
        POOLS.values().forEach(AgroalDataSource::close);
        if (postgres != null) {
            postgres.close();
        }
    }

    static String database(String unit) {
        return unit.replace('-', '_');
    }

    static EntityManagerFactory factory(String unit) {
        return FACTORIES.computeIfAbsent(unit, u -> Persistence.createEntityManagerFactory(u,
                Map.of("jakarta.persistence.jtaDataSource", pool(u))));
    }

    /** The unit's pool: validated on borrow, connection errors evict (see the class comment). */
    static AgroalDataSource pool(String unit) {
        return POOLS.computeIfAbsent(unit, u -> Jta.dataSource(postgres.jdbcUrl(database(u)), 2 * CLIENTS,
                pool -> pool
                        .validateOnBorrow(true)
                        .connectionValidator(connection -> {
                            try {
                                return connection.isValid(2);
                            } catch (SQLException e) {
                                return false;
                            }
                        })
                        .exceptionSorter(new PostgreSQLExceptionSorter())));
    }

    /** While down, Hibernate's find throws its JDBCConnectionException (a PersistenceException). */
    @Test
    void hibernate() throws Exception {
        outage(HIBERNATE, "Hibernate", PersistenceException.class);
    }

    /**
     * While down, EclipseLink's find throws its DatabaseException as it is (an EclipseLinkException, not a
     * PersistenceException: EntityManager.find does not wrap it).
     */
    @Test
    void eclipseLink() throws Exception {
        outage(ECLIPSELINK, "EclipseLink", DatabaseException.class);
    }

    /** One transfer attempt: when it ran, and what it threw (null: committed). */
    record Attempt(int client, long start, long end, Throwable failure) {
        boolean within(long from, long to) {
            return start >= from && end <= to;
        }

        Duration duration() {
            return Duration.ofNanos(end - start);
        }
    }

    /**
     * The outage on one unit; {@code whileDown} is the exception the provider throws when it cannot reach the
     * database at all (jOOQ's DataAccessException is accepted too, from a transfer whose credit is the first to fail).
     */
    void outage(String unit, String provider, Class<? extends RuntimeException> whileDown) throws Exception {
        openAccounts(unit);
        ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long down;
        long restart;
        long up;
        try {
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.submit(() -> transfers(unit, client, running, attempts));
            }
            await(() -> count(attempts, 0, Long.MAX_VALUE, true) >= 5 * CLIENTS, Duration.ofSeconds(15),
                    () -> "transfers before the outage: " + describe(attempts));

            postgres.stop();
            down = System.nanoTime();
            await(() -> everyClientFailedTwice(attempts, down) && System.nanoTime() - down > DOWN_AT_LEAST.toNanos(),
                    ATTEMPT_LIMIT.multipliedBy(3),
                    () -> "failed transfers while the database is down: " + describe(attempts));
            restart = System.nanoTime();
            postgres.start();
            up = System.nanoTime();

            await(() -> count(attempts, down, Long.MAX_VALUE, true) > 0, RECOVERY_LIMIT.plusSeconds(1),
                    () -> "no transfer committed after the restart: " + describe(attempts));
            long recovered = System.nanoTime();
            await(() -> count(attempts, recovered, Long.MAX_VALUE, true) >= CLIENTS, Duration.ofSeconds(10),
                    () -> "transfers after the restart: " + describe(attempts));
        } finally {
            running.set(false);
            clients.shutdown();
            assertTrue(clients.awaitTermination(ATTEMPT_LIMIT.toSeconds() + 5, TimeUnit.SECONDS),
                    "clients still running");
        }

        // while down: each transfer failed, in bounded time, with an exception naming the connection problem
        List<Attempt> failedWhileDown = attempts.stream().filter(a -> a.within(down, restart)).toList();
        for (Attempt a : failedWhileDown) {
            if (a.failure() == null) {
                fail(provider + ": a transfer committed while the database was down");
            }
            assertTrue(whileDown.isInstance(a.failure()) || a.failure() instanceof DataAccessException,
                    () -> provider + ": neither " + whileDown.getName() + " nor jOOQ's DataAccessException: "
                            + stackTrace(a.failure()));
            assertTrue(connectionProblem(a.failure()), () -> provider + ": no SQLException with a connection "
                    + "SQL state (08…, 57P0…) in the causes: " + stackTrace(a.failure()));
        }
        Duration longestDown = failedWhileDown.stream().map(Attempt::duration).max(Duration::compareTo).orElseThrow();
        Duration longest = attempts.stream().map(Attempt::duration).max(Duration::compareTo).orElseThrow();
        assertTrue(longest.compareTo(ATTEMPT_LIMIT) <= 0, provider + ": a transfer took " + longest.toMillis() + " ms");

        // back: the first transfer that began after the stop and committed, counted from pg_ctl start's return
        long firstCommit = attempts.stream().filter(a -> a.start() >= down && a.failure() == null)
                .mapToLong(Attempt::end).min().orElseThrow();
        long recoveryMs = TimeUnit.NANOSECONDS.toMillis(firstCommit - up); // < 0: before pg_ctl noticed
        assertTrue(recoveryMs <= RECOVERY_LIMIT.toMillis(), provider + ": first commit " + recoveryMs
                + " ms after the restart");

        // nothing partial: every pair of accounts still holds what it opened with; no connection still lent out
        Map<Long, BigDecimal> balances = balances(unit);
        for (int c = 0; c < CLIENTS; c++) {
            assertEquals(OPENING.add(OPENING), balances.get(debitId(c)).add(balances.get(creditId(c))),
                    provider + ": balances of client " + c + ": " + balances);
        }
        assertEquals(0, pool(unit).getMetrics().activeCount(), provider + ": connections still lent out");

        long committed = count(attempts, 0, Long.MAX_VALUE, true);
        List<Attempt> failedAround = attempts.stream().filter(a -> a.failure() != null && !a.within(down, restart))
                .toList();
        SUMMARY.add(String.format("%-12s %10d %18d %12d %22d", provider, committed, failedWhileDown.size(),
                recoveryMs, longestDown.toMillis()));
        System.out.printf("%n%s: %d transfers committed, %d failed while down, %d failed around the stop and the "
                        + "restart; first commit %d ms after pg_ctl start returned%n", provider, committed,
                failedWhileDown.size(), failedAround.size(), recoveryMs);
        printShapes("while down", failedWhileDown);
        printShapes("around the stop and the restart", failedAround);
    }

    /** The kinds of exceptions among {@code failed}, with a count and one innermost message each. */
    static void printShapes(String when, List<Attempt> failed) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, String> examples = new TreeMap<>();
        for (Attempt a : failed) {
            String shape = shape(a.failure());
            counts.merge(shape, 1, Integer::sum);
            examples.putIfAbsent(shape, innermostMessage(a.failure()));
        }
        System.out.println("  exceptions " + when + ":");
        counts.forEach((shape, n) -> System.out.printf("  %4d x %s%n         (%s)%n", n, shape, examples.get(shape)));
    }

    /** Transfers of one client until told to stop, each in its own request and JTA transaction. */
    void transfers(String unit, int client, AtomicBoolean running, ConcurrentLinkedQueue<Attempt> attempts) {
        RequestContextController request = weld.select(RequestContextController.class).get();
        for (int n = 0; running.get(); n++) {
            long start = System.nanoTime();
            Throwable failure = null;
            try {
                request.activate();
                try {
                    boolean forth = n % 2 == 0;
                    transfer(unit, forth ? debitId(client) : creditId(client), forth ? creditId(client) : debitId(client));
                } finally {
                    request.deactivate();
                }
            } catch (Throwable t) {
                failure = t;
            }
            attempts.add(new Attempt(client, start, System.nanoTime(), failure));
            if (failure != null) {
                pause(); // no busy loop while the database is down
            }
        }
    }

    /** Debit through the EntityManager, credit through jOOQ, one JTA transaction; rolled back on any failure. */
    void transfer(String unit, long from, long to) throws Exception {
        UserTransaction tx = Jta.userTransaction();
        tx.begin();
        try {
            EntityManager em = weld.select(EntityManager.class, PersistenceUnitName.Literal.of(unit)).get();
            em.joinTransaction();
            Account debited = em.find(Account.class, from);
            debited.setBalance(debited.getBalance().subtract(AMOUNT));
            QueryExecutor q = weld.select(QueryExecutor.class, PersistenceUnitName.Literal.of(unit)).get();
            Field<BigDecimal> balance = q.tables().field(Account_.balance);
            int credited = q.execute(DSL.update(q.tables().table(Account.class))
                    .set(balance, balance.plus(AMOUNT))
                    .where(q.tables().field(Account_.id).eq(to)));
            if (credited != 1) {
                throw new IllegalStateException("credited " + credited + " rows");
            }
            tx.commit();
        } catch (Throwable t) {
            try {
                if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    tx.rollback();
                }
            } catch (Exception e) {
                t.addSuppressed(e);
            }
            throw t;
        }
    }

    static long debitId(int client) {
        return 2L * client + 1;
    }

    static long creditId(int client) {
        return 2L * client + 2;
    }

    void openAccounts(String unit) throws SQLException {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(database(unit)));
             Statement delete = c.createStatement();
             PreparedStatement insert = c.prepareStatement(
                     "insert into account (id, owner, balance, version) values (?, ?, ?, 0)")) {
            delete.executeUpdate("delete from account");
            for (long id = 1; id <= 2 * CLIENTS; id++) {
                insert.setLong(1, id);
                insert.setString(2, "owner " + id);
                insert.setBigDecimal(3, OPENING);
                insert.executeUpdate();
            }
        }
    }

    Map<Long, BigDecimal> balances(String unit) throws SQLException {
        Map<Long, BigDecimal> balances = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(database(unit)));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id, balance from account")) {
            while (rs.next()) {
                balances.put(rs.getLong(1), rs.getBigDecimal(2));
            }
        }
        return balances;
    }

    static long count(ConcurrentLinkedQueue<Attempt> attempts, long startedFrom, long endedBy, boolean committed) {
        return attempts.stream().filter(a -> a.within(startedFrom, endedBy) && (a.failure() == null) == committed)
                .count();
    }

    static boolean everyClientFailedTwice(ConcurrentLinkedQueue<Attempt> attempts, long down) {
        int[] failures = new int[CLIENTS];
        attempts.stream().filter(a -> a.start() >= down && a.failure() != null).forEach(a -> failures[a.client()]++);
        for (int f : failures) {
            if (f < 2) {
                return false;
            }
        }
        return true;
    }

    /** Whether a cause is an SQLException of SQL state class 08 (connection exception) or 57P01–57P03 (shutdown). */
    static boolean connectionProblem(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException e && e.getSQLState() != null
                    && (e.getSQLState().startsWith("08") || e.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    /** The exception's causes, outermost first, as class names with SQL states. */
    static String shape(Throwable failure) {
        List<String> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && chain.size() < 8; t = t.getCause()) {
            chain.add(t.getClass().getName() + (t instanceof SQLException e ? "[" + e.getSQLState() + "]" : ""));
        }
        return String.join(" <- ", chain);
    }

    static String innermostMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage()).lines().findFirst().orElse("");
    }

    static String describe(ConcurrentLinkedQueue<Attempt> attempts) {
        long committed = attempts.stream().filter(a -> a.failure() == null).count();
        String lastFailure = attempts.stream().filter(a -> a.failure() != null).reduce((a, b) -> b)
                .map(a -> stackTrace(a.failure())).orElse("none");
        return committed + " committed of " + attempts.size() + "; last failure: " + lastFailure;
    }

    static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    static void await(BooleanSupplier condition, Duration limit, Supplier<String> otherwise)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("not within " + limit.toMillis() + " ms: " + otherwise.get());
            }
            Thread.sleep(10);
        }
    }

    static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
