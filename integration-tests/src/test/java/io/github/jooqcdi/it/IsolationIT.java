package io.github.jooqcdi.it;

import io.github.jooqcdi.it.shapes.isolation.IsolationResource;
import io.github.jooqcdi.it.shapes.isolation.IsolationRow;
import io.github.jooqcdi.it.shapes.isolation.IsolationUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Isolation (issue 13, item 4) on the server and database under test. In each of {@value #ROUNDS} rounds,
 * {@value #CLIENTS} clients run at once, each on a thread of the container's default {@code ManagedThreadFactory}
 * with a CDI request context ({@code @ActivateRequestContext}) and a JTA transaction ({@code @Transactional}) of its
 * own: it persists a row through JPA, reads through jOOQ the rows of the round, waits until all have inserted, reads
 * every row and the count through jOOQ, waits until all have read, then the odd clients commit and the even ones roll
 * back. Every client must see exactly its own uncommitted row besides the rows committed in earlier rounds (none in
 * the first), no other client's; the clients must have run in {@value #CLIENTS} distinct transactions; after each
 * round the table holds exactly the committed rows; after the second round the database's sessions are back to what
 * the first left (the pool grown to what 50 open transactions use) and none is inside a transaction. Each rendezvous
 * waits at most {@value #WAIT_SECONDS} s; a timeout names how many clients arrived.
 * <p>
 * Why threads in the server and not 50 HTTP requests that wait for each other: a blocked request holds a worker thread,
 * and WildFly's default worker has 16 per core (32 on 2 cores), so 50 waiting requests would never all arrive. The
 * threads come from the {@code ManagedThreadFactory}, not a {@code ManagedExecutorService}, whose queue would also hold
 * back clients once its core threads are busy (Payara's default has no core thread). The WAR brings its own data source
 * ({@link Shapes.OwnDataSource}: H2 in memory, PostgreSQL with {@code ApplicationName}, or the MariaDB database
 * {@value #SCHEMA}) with {@value #MAX_POOL} connections: 50 open transactions hold 50, more than the servers' default
 * pools (WildFly's ExampleDS: 20; Payara's H2Pool: 32). Payara's pool grows past what is in use when it may (54 to 60 sessions here;
 * with room for 90, 84), so the sessions' baseline is what round 1 left, not 50.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IsolationIT {

    static final String NAME = "isolation";
    static final String DATA_SOURCE = "java:app/jdbc/isolation";
    /** Its own PostgreSQL schema or MariaDB database: no other test's deployment drops it meanwhile. */
    static final String SCHEMA = "jooqcdi_isolation";
    static final int CLIENTS = 50;
    static final int ROUNDS = 2;
    /**
     * Each rendezvous' bound: a round then answers within 2 x 10 + 5 s even when clients never arrive. With 20 s, a
     * failing round on Payara Micro ended about 30 s after the request in "EOF reached while reading" instead of its
     * answer.
     */
    static final int WAIT_SECONDS = 10;
    /** 50 open transactions and the reads outside a transaction, with room to spare: the pool is never what waits. */
    static final int MAX_POOL = 60;
    private static final Pattern COUNT = Pattern.compile(" count=(\\d+)$");

    @Deployment(name = NAME, testable = false)
    static WebArchive war() {
        return Shapes.ownDataSourceWar(NAME, IsolationRow.class, IsolationUnit.NAME, List.of(IsolationRow.class),
                new Shapes.OwnDataSource(DATA_SOURCE, SCHEMA, IsolationResource.APPLICATION_NAME,
                        "jdbc:h2:mem:jooqcdi-isolation;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE", MAX_POOL));
    }

    @Test
    void eachTransactionSeesItsOwnUncommittedWritesAndNoOneElses() {
        Http app = new Http(Deployments.base(NAME) + "api/isolation/");
        assertEquals("200 ", app.get("ids"), "the table before the first round");
        TreeSet<Long> committed = new TreeSet<>();
        int[] baseline = null;
        for (int number = 1; number <= ROUNDS; number++) {
            long sent = System.nanoTime();
            String answer = app.post("round?number=" + number + "&clients=" + CLIENTS + "&wait=" + WAIT_SECONDS);
            assertTrue(answer.startsWith("200 client=1 "), "round " + number + ", answered after "
                    + (System.nanoTime() - sent) / 1_000_000 + " ms: " + answer);
            List<String> lines = List.of(answer.substring(4).split("\n"));
            assertEquals(CLIENTS + 2, lines.size(), "round " + number + ": " + answer);

            List<String> wrong = new ArrayList<>();
            IntSummaryStatistics counts = new IntSummaryStatistics();
            TreeSet<Long> committedNow = new TreeSet<>(committed);
            for (int client = 1; client <= CLIENTS; client++) {
                long id = number * 1000L + client;
                TreeSet<Long> visible = new TreeSet<>(committed);
                visible.add(id);
                boolean commits = client % 2 == 1;
                String expected = "client=" + client + " " + (commits ? "committed" : "rolledBack") + " own=[" + id
                        + "] seen=" + List.copyOf(visible) + " count=" + visible.size();
                String line = lines.get(client - 1);
                Matcher count = COUNT.matcher(line);
                if (count.find()) {
                    counts.accept(Integer.parseInt(count.group(1)));
                }
                if (!line.equals(expected)) {
                    wrong.add("expected <" + expected + "> but was <" + line.substring(0, Math.min(line.length(), 2000))
                            + ">");
                }
                if (commits) {
                    committedNow.add(id);
                }
            }
            String transactions = lines.get(CLIENTS);
            long millis = Long.parseLong(lines.get(CLIENTS + 1).substring("ms=".length()));
            String seen = counts.getCount() == 0 ? "none" : counts.getMin() + " to " + counts.getMax();
            System.out.printf(Locale.ROOT, "Isolation on %s / %s, round %d: %d clients, %s; rows seen per client %s "
                            + "(expected %d: its own uncommitted row and %d committed earlier), clients that saw "
                            + "otherwise %d; committed %d, rolled back %d, failed %d; %d ms%n", Deployments.SERVER,
                    Deployments.DB, number, CLIENTS, transactions, seen, committed.size() + 1, committed.size(),
                    wrong.size(), outcomes(lines, "committed"), outcomes(lines, "rolledBack"), outcomes(lines, "failed:"),
                    millis);
            assertEquals(List.of(), wrong.subList(0, Math.min(5, wrong.size())), "round " + number + ": " + wrong.size()
                    + " of " + CLIENTS + " clients did not see exactly their own uncommitted row and the committed "
                    + "ones; the first of them");
            assertEquals("transactions=" + CLIENTS, transactions, "round " + number + ": distinct transactions");

            committed = committedNow;
            assertEquals("200 " + committed.stream().map(String::valueOf).collect(Collectors.joining(",")),
                    app.get("ids"), "round " + number + ": the table holds exactly the committed rows");

            // round 1 grows the pool to what the clients use: its sessions are the baseline of round 2
            int[] sessions = FaultsIT.settle(app, baseline == null ? MAX_POOL + 1 : baseline[0]);
            System.out.printf(Locale.ROOT, "Isolation on %s / %s, round %d: database sessions %d (%d in a transaction)%n",
                    Deployments.SERVER, Deployments.DB, number, sessions[0], sessions[1]);
            assertEquals(0, sessions[1], "round " + number + ": sessions left inside a transaction");
            if (baseline == null) {
                baseline = sessions;
            } else {
                assertTrue(sessions[0] <= baseline[0], "database sessions: after round 1 " + baseline[0]
                        + ", after round " + number + " " + sessions[0]);
            }
        }
    }

    /** How many clients' lines name {@code outcome}. */
    private static long outcomes(List<String> lines, String outcome) {
        return lines.stream().filter(line -> line.matches("client=\\d+ " + Pattern.quote(outcome) + ".*")).count();
    }
}
