package io.github.jooqcdi.it;

import io.github.jooqcdi.it.shapes.faults.Account;
import io.github.jooqcdi.it.shapes.faults.Fault;
import io.github.jooqcdi.it.shapes.faults.FaultsResource;
import io.github.jooqcdi.it.shapes.faults.FaultsUnit;
import io.github.jooqcdi.it.shapes.faults.TransferLog;
import io.github.jooqcdi.it.shapes.faults.Transfers;
import io.github.jooqcdi.it.shapes.faults.Transfers.Direction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Atomicity under injected faults and no connection leak under load (issue 13, items 2 and 3), on the server and
 * database under test. A WAR ({@code shapes/faults}) moves money between {@value #ACCOUNTS} accounts, one side through
 * JPA and the other through jOOQ in the same JTA transaction, and writes the transfer's row (by either);
 * {@code faults.transfers} transfers (default 300; the {@code stress} profile: 10,000) go out from
 * {@code faults.clients} concurrent clients (8; 16) in a random order fixed by {@code faults.seed}, about 20 % of
 * them with a {@link Fault}, mixed with reads outside any transaction (a tenth as many) and failing queries outside any
 * transaction (a twentieth). Afterwards: the total is unchanged; the transfer rows are exactly the transfers that
 * answered {@code committed}, each once; every account's balance is its seed plus exactly those transfers; each fault
 * happened and none committed. Then, within 10 s, the database's sessions of the application are back to their
 * baseline (taken after a warm-up that grew the pool to what the load can use, two connections a client) and none is
 * left inside a transaction.
 * <p>
 * The WAR brings its own data source (H2 in memory, PostgreSQL with {@code ApplicationName}, or a MariaDB database of
 * its own), so its sessions are
 * the pool's alone and a statement timeout left on an H2 session (H2 sets it per connection) stays in this WAR's pool.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FaultsIT {

    static final String NAME = "faults";
    static final String DATA_SOURCE = "java:app/jdbc/faults";
    /** Its own PostgreSQL schema or MariaDB database: no other test's deployment drops it meanwhile. */
    static final String SCHEMA = "jooqcdi_faults";
    static final int ACCOUNTS = 100;
    static final long BALANCE = 1_000;
    /** Above two connections per client (a transfer with an optimistic-lock fault holds two): never what waits. */
    static final int MAX_POOL = 40;

    /** A planned request: a transfer, a read outside a transaction, or a failing query outside a transaction. */
    enum Kind { transfer, read, broken }

    record Op(Kind kind, long id, int from, int to, long amount, Fault fault, Direction direction, boolean logByJooq) {
    }

    @Deployment(name = NAME, testable = false)
    static WebArchive war() {
        return Shapes.ownDataSourceWar(NAME, Account.class, FaultsUnit.NAME, List.of(Account.class, TransferLog.class),
                new Shapes.OwnDataSource(DATA_SOURCE, SCHEMA, FaultsResource.APPLICATION_NAME,
                        "jdbc:h2:mem:jooqcdi-faults;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000", MAX_POOL));
    }

    @Test
    void transfersStayAtomicUnderFaultsAndNoConnectionIsLeft() {
        int transfers = Integer.getInteger("faults.transfers", 300);
        int clients = Integer.getInteger("faults.clients", 8);
        long seed = Long.getLong("faults.seed", 13);
        String base = Deployments.base(NAME) + "api/faults/";
        Http app = new Http(base);
        assertEquals("200 seeded " + ACCOUNTS, app.post("seed?accounts=" + ACCOUNTS + "&balance=" + BALANCE));
        State before = State.parse(app.get("state"));
        assertEquals(ACCOUNTS * BALANCE, before.total);

        List<Op> ops = plan(transfers, seed);
        List<HttpRequest> requests = ops.stream().map(op -> request(base, op)).toList();
        String[] answers;
        int[] baseline;
        int[] after;
        double seconds;
        try (Load load = new Load(clients, Load.server())) {
            // the pool grows to what the load can use: two connections per client, twice
            List<HttpRequest> holds = Collections.nCopies(clients, HttpRequest.newBuilder(URI.create(base + "hold?ms=300"))
                    .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30)).build());
            for (int i = 0; i < 2; i++) {
                String[] held = load.sendAll(holds, Duration.ofSeconds(60));
                assertTrue(Arrays.stream(held).allMatch("200 held"::equals), "warm-up: " + Arrays.toString(held));
            }
            baseline = sessions(app);
            long start = System.nanoTime();
            answers = load.sendAll(requests, Duration.ofSeconds(120 + ops.size() / 2 / clients));
            seconds = (System.nanoTime() - start) / 1e9;
        }
        after = settle(app, baseline[0]);
        State end = State.parse(app.get("state"));

        // what the clients saw
        Map<Fault, int[]> byFault = new EnumMap<>(Fault.class); // planned, committed, failed with the expected cause
        Map<Fault, String> sample = new EnumMap<>(Fault.class);
        Set<Long> committed = new TreeSet<>();
        Map<Long, Long> expected = new TreeMap<>();
        for (long account = 1; account <= ACCOUNTS; account++) {
            expected.put(account, BALANCE);
        }
        int reads = 0;
        int readsOk = 0;
        int broken = 0;
        int brokenFailed = 0;
        List<String> unexpected = new ArrayList<>();
        List<String> otherCause = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            String answer = answers[i];
            switch (op.kind()) {
                case read -> {
                    reads++;
                    if (answer.matches("200 -?\\d+")) {
                        readsOk++;
                    } else {
                        unexpected.add("read: " + answer);
                    }
                }
                case broken -> {
                    broken++;
                    if (answer.startsWith("409 failed:") && answer.toUpperCase(Locale.ROOT).contains("NO_SUCH_TABLE")) {
                        brokenFailed++;
                    } else {
                        unexpected.add("broken: " + answer);
                    }
                }
                case transfer -> {
                    int[] counts = byFault.computeIfAbsent(op.fault(), f -> new int[3]);
                    counts[0]++;
                    if (answer.equals("200 committed " + op.id())) {
                        counts[1]++;
                        committed.add(op.id());
                        expected.merge((long) op.from(), -op.amount(), Long::sum);
                        expected.merge((long) op.to(), op.amount(), Long::sum);
                    } else {
                        if (expectedCause(op.fault(), answer)) {
                            counts[2]++;
                        } else if (op.fault() != Fault.none) {
                            otherCause.add(op.fault() + " (transfer " + op.id() + "): " + answer);
                        }
                        sample.putIfAbsent(op.fault(), answer);
                        if (op.fault() != Fault.none && !answer.startsWith("409 failed:")) {
                            unexpected.add(op.fault() + ": " + answer);
                        }
                    }
                }
            }
        }

        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "Faults on %s / %s: %d transfers, %d reads and %d failing queries outside a transaction, %d clients, "
                        + "seed %d, %.1f s%n| fault | transfers | committed | failed | failed, the answer naming the cause |%n"
                        + "|---|---|---|---|---|%n",
                Deployments.SERVER, Deployments.DB, transfers, reads, broken, clients, seed, seconds));
        for (Fault fault : Fault.values()) {
            int[] c = byFault.getOrDefault(fault, new int[3]);
            table.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %s |%n", fault, c[0], c[1], c[0] - c[1],
                    fault == Fault.none ? "-" : String.valueOf(c[2])));
        }
        table.append(String.format(Locale.ROOT, "total before / after: %d / %d; transfer rows %d (committed %d + the "
                        + "seeded one); reads outside a transaction ok %d/%d; failing queries failed %d/%d%n"
                        + "sessions baseline / after: %d / %d; in a transaction after: %d%n",
                before.total, end.total, end.transfers, committed.size(), readsOk, reads, brokenFailed, broken,
                baseline[0], after[0], after[1]));
        sample.forEach((fault, answer) -> table.append("  a ").append(fault).append(" answer: ")
                .append(answer, 0, Math.min(answer.length(), 600)).append('\n'));
        otherCause.stream().limit(5).forEach(answer -> table.append("  failed, naming another cause: ")
                .append(answer, 0, Math.min(answer.length(), 3000)).append('\n'));
        System.out.print(table);

        assertEquals(List.of(), unexpected.subList(0, Math.min(5, unexpected.size())),
                unexpected.size() + " unexpected answers, the first ones");
        assertEquals(before.total, end.total, "the total of the balances");
        Set<Long> rows = new TreeSet<>(end.ids);
        assertEquals(end.ids.size(), rows.size(), "a transfer row twice");
        assertTrue(rows.remove(Transfers.EXISTING_TRANSFER), "the seeded transfer row");
        assertEquals(committed, rows, "the transfer rows against the transfers that answered committed");
        assertEquals(expected, end.balances, "every balance: its seed plus exactly the committed transfers");
        for (Fault fault : Fault.values()) {
            int[] c = byFault.getOrDefault(fault, new int[3]);
            assertTrue(c[0] > 0, fault + " never planned: more transfers or another seed");
            if (fault != Fault.none) {
                assertEquals(0, c[1], fault + ": committed");
                assertTrue(c[2] > 0, fault + ": never failed with its own cause; " + sample.get(fault));
            }
        }
        int[] clean = byFault.get(Fault.none);
        assertEquals(clean[0], clean[1], "transfers without a fault that failed; one: " + sample.get(Fault.none));
        assertTrue(after[0] <= baseline[0], "database sessions: baseline " + baseline[0] + ", after " + after[0]);
        assertEquals(0, after[1], "sessions left inside a transaction");
    }

    /** The transfers (ids 1..n), a tenth as many reads and a twentieth as many failing queries, shuffled. */
    static List<Op> plan(int transfers, long seed) {
        Random random = new Random(seed);
        List<Op> ops = new ArrayList<>();
        for (long id = 1; id <= transfers; id++) {
            int from = 1 + random.nextInt(ACCOUNTS);
            int to = 1 + random.nextInt(ACCOUNTS - 1);
            if (to >= from) {
                to++;
            }
            int r = random.nextInt(100);
            Fault fault = r < 6 ? Fault.runtimeAfterJooqWrite : r < 12 ? Fault.constraint : r < 17 ? Fault.optimisticLock
                    : r < 20 ? Fault.statementTimeout : Fault.none; // timeouts take a second each: fewer of them
            ops.add(new Op(Kind.transfer, id, from, to, 1 + random.nextInt(100), fault,
                    random.nextBoolean() ? Direction.jpaDebit : Direction.jooqDebit, random.nextBoolean()));
        }
        for (int i = 0; i < transfers / 10; i++) {
            ops.add(new Op(Kind.read, 0, 1 + random.nextInt(ACCOUNTS), 0, 0, null, null, false));
        }
        for (int i = 0; i < transfers / 20; i++) {
            ops.add(new Op(Kind.broken, 0, 0, 0, 0, null, null, false));
        }
        Collections.shuffle(ops, random);
        return ops;
    }

    private static HttpRequest request(String base, Op op) {
        HttpRequest.Builder request = switch (op.kind()) {
            case transfer -> HttpRequest.newBuilder(URI.create(base + "transfer?id=" + op.id() + "&from=" + op.from()
                            + "&to=" + op.to() + "&amount=" + op.amount() + "&fault=" + op.fault() + "&direction="
                            + op.direction() + "&log=" + (op.logByJooq() ? "jooq" : "jpa")))
                    .POST(HttpRequest.BodyPublishers.noBody());
            case read -> HttpRequest.newBuilder(URI.create(base + "balance?account=" + op.from())).GET();
            case broken -> HttpRequest.newBuilder(URI.create(base + "broken")).GET();
        };
        return request.timeout(Duration.ofSeconds(30)).build();
    }

    /** Whether a failed transfer's answer names what its fault causes (its exception chain, as the server gave it). */
    static boolean expectedCause(Fault fault, String answer) {
        String text = answer.toLowerCase(Locale.ROOT);
        return switch (fault) {
            case none -> false;
            case runtimeAfterJooqWrite -> text.contains("injected: a runtime exception after the jooq write");
            case constraint -> text.contains("unique") || text.contains("duplicate") || text.contains("primary key")
                    || text.contains("exists") || text.contains("23505");
            case optimisticLock -> text.contains("optimisticlock") || text.contains("staleobjectstate")
                    || text.contains("updated or deleted by another transaction");
            case statementTimeout -> text.contains("cancel") || text.contains("timeout") || text.contains("timed out")
                    || text.contains("57014") || text.contains("max_statement_time");
        };
    }

    /** {sessions, in a transaction}. */
    static int[] sessions(Http app) {
        String answer = app.get("sessions");
        Matcher m = Pattern.compile("200 sessions=(\\d+) inTransaction=(\\d+)").matcher(answer);
        assertTrue(m.matches(), "sessions: " + answer);
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    /** The sessions once back to {@code baseline} with none in a transaction, asking for at most 10 s; the last else. */
    static int[] settle(Http app, int baseline) {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int[] sessions = sessions(app);
        while ((sessions[0] > baseline || sessions[1] > 0) && System.nanoTime() < end) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sessions = sessions(app);
        }
        return sessions;
    }

    /** The answer of {@code GET state}. */
    record State(long total, int transfers, List<Long> ids, Map<Long, Long> balances) {

        static State parse(String answer) {
            assertTrue(answer.startsWith("200 total="), "state: " + answer);
            Map<String, String> lines = new LinkedHashMap<>();
            for (String line : answer.substring(4).split("\n")) {
                int eq = line.indexOf('=');
                lines.put(line.substring(0, eq), line.substring(eq + 1));
            }
            List<Long> ids = lines.get("ids").isEmpty() ? List.of()
                    : Arrays.stream(lines.get("ids").split(",")).map(Long::valueOf).toList();
            Map<Long, Long> balances = new TreeMap<>();
            for (String entry : lines.get("balances").split(",")) {
                String[] kv = entry.split(":");
                balances.put(Long.valueOf(kv[0]), Long.valueOf(kv[1]));
            }
            return new State(Long.parseLong(lines.get("total")), Integer.parseInt(lines.get("transfers")), ids,
                    balances);
        }
    }
}
