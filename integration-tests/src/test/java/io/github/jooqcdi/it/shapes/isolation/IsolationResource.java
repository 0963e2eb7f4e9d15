package io.github.jooqcdi.it.shapes.isolation;

import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.it.shapes.sessions.DatabaseSessions;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * {@code /api/isolation/…}, plain text. {@code POST round} runs the clients of a {@link Round} at once, each on a
 * thread of the container's default {@link ManagedThreadFactory} (a thread of its own, not one of a pool that could
 * be smaller than the round: the clients wait for each other). The reads ({@code ids}, {@code sessions}) run through
 * {@code QueryExecutor} outside any transaction.
 */
@Path("isolation")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
public class IsolationResource {

    /** The {@code ApplicationName} of the PostgreSQL data source: its sessions in {@code pg_stat_activity}. */
    public static final String APPLICATION_NAME = "jooq-cdi-isolation";

    @Resource
    ManagedThreadFactory threads;

    @Inject
    IsolatedClient client;

    @Inject
    QueryExecutor executor;

    @Resource
    TransactionSynchronizationRegistry registry;

    /**
     * Runs round {@code number} with {@code clients} clients (see {@link IsolatedClient#run}), each rendezvous waited
     * for at most {@code wait} seconds. Answers one line per client, {@code client=<i> committed|rolledBack own=[…]
     * seen=[…] count=<n>} or {@code client=<i> failed: <exception chain>}, then {@code transactions=<n>} (distinct
     * transactions of the round) and {@code ms=<n>} (from the first start to the last answer).
     */
    @POST
    @Path("round")
    public String round(@QueryParam("number") int number, @QueryParam("clients") int clients,
                        @QueryParam("wait") int waitSeconds) {
        noTransaction();
        Duration wait = Duration.ofSeconds(waitSeconds);
        Round round = new Round(number, clients, wait);
        List<CompletableFuture<String>> answers = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 1; i <= clients; i++) {
            int c = i;
            CompletableFuture<String> answer = new CompletableFuture<>();
            answers.add(answer);
            threads.newThread(() -> {
                try {
                    String seen = client.run(round, c);
                    answer.complete((round.commits(c) ? "committed " : "rolledBack ") + seen);
                } catch (Throwable e) {
                    answer.complete(failed(e));
                }
            }).start();
        }
        // two rendezvous of at most `wait` each: every client has ended well before
        long deadline = start + wait.multipliedBy(2).plusSeconds(5).toNanos();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < clients; i++) {
            String line;
            try {
                line = answers.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                line = "failed: still running " + (System.nanoTime() - start) / 1_000_000 + " ms after the start";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                line = failed(e.getCause());
            }
            out.append("client=").append(i + 1).append(' ').append(line).append('\n');
        }
        return out.append("transactions=").append(round.transactions()).append("\nms=")
                .append((System.nanoTime() - start) / 1_000_000).append('\n').toString();
    }

    /** The ids of the table's (committed) rows, ascending, comma-separated. */
    @GET
    @Path("ids")
    public String ids() {
        noTransaction();
        IsolatedClient.Rows rows = new IsolatedClient.Rows(executor.tables());
        return executor.fetch(executor.dsl().select(rows.id).from(rows.table).orderBy(rows.id)).stream()
                .map(r -> String.valueOf(r.value1())).collect(Collectors.joining(","));
    }

    /** {@code sessions=<n> inTransaction=<m>}: see {@link DatabaseSessions#count}. */
    @GET
    @Path("sessions")
    public String sessions() {
        noTransaction();
        return DatabaseSessions.count(executor, APPLICATION_NAME);
    }

    private void noTransaction() {
        if (registry.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            throw new IllegalStateException("expected no transaction, status " + registry.getTransactionStatus());
        }
    }

    private static String failed(Throwable e) {
        StringBuilder text = new StringBuilder("failed:");
        for (Throwable t = e; t != null && text.length() < 4000; t = t.getCause()) {
            text.append(' ').append(t).append(" |");
        }
        return text.toString().replace('\n', ' ');
    }
}
