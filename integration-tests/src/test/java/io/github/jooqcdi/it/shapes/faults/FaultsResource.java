package io.github.jooqcdi.it.shapes.faults;

import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.it.shapes.sessions.DatabaseSessions;
import jakarta.annotation.Resource;
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
import jakarta.ws.rs.core.Response;
import org.jooq.Record2;

import java.util.stream.Collectors;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.sum;

/**
 * {@code /api/faults/…}, plain text. {@code POST transfer} answers {@code 200 committed <id>} only once the
 * transaction committed, else {@code 409 failed: <exception chain>}. The reads ({@code balance}, {@code broken},
 * {@code state}, {@code sessions}) run through {@code QueryExecutor} outside any transaction.
 */
@Path("faults")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
public class FaultsResource {

    /** The {@code ApplicationName} of the PostgreSQL data source: its sessions in {@code pg_stat_activity}. */
    public static final String APPLICATION_NAME = "jooq-cdi-faults";

    @Inject
    Transfers transfers;

    @Inject
    QueryExecutor executor;

    @Resource
    TransactionSynchronizationRegistry registry;

    @POST
    @Path("seed")
    public String seed(@QueryParam("accounts") int accounts, @QueryParam("balance") long balance) {
        transfers.seed(accounts, balance);
        return "seeded " + accounts;
    }

    @POST
    @Path("transfer")
    public Response transfer(@QueryParam("id") long id, @QueryParam("from") long from, @QueryParam("to") long to,
                             @QueryParam("amount") long amount, @QueryParam("fault") Fault fault,
                             @QueryParam("direction") Transfers.Direction direction, @QueryParam("log") String log) {
        try {
            transfers.transfer(id, from, to, amount, fault, direction, "jooq".equals(log));
            return Response.ok("committed " + id).build();
        } catch (Exception e) { // WildFly's @Transactional throws a failed commit's RollbackException, a checked one, as is
            return failed(e);
        }
    }

    /** Holds two pool connections for {@code ms} (a transaction and a nested one): grows the pool before a baseline. */
    @POST
    @Path("hold")
    public String hold(@QueryParam("ms") long millis) {
        transfers.hold(millis);
        return "held";
    }

    /** One account's balance, outside any transaction (auto-commit on a borrowed connection). */
    @GET
    @Path("balance")
    public String balance(@QueryParam("account") long account) {
        noTransaction();
        Transfers.Fields f = new Transfers.Fields(executor.tables());
        return String.valueOf(executor.fetch(executor.dsl().select(f.balance).from(f.accounts).where(f.id.eq(account)))
                .get(0).value1());
    }

    /** A query that fails, outside any transaction: its borrowed connection must go back all the same. */
    @GET
    @Path("broken")
    public Response broken() {
        noTransaction();
        try {
            executor.fetch(executor.dsl().resultQuery("select * from NO_SUCH_TABLE"));
            return Response.ok("the query did not fail").build();
        } catch (RuntimeException e) {
            return failed(e);
        }
    }

    /**
     * Lines {@code total=}, {@code accounts=}, {@code transfers=} (rows, the seeded one included), {@code ids=} (the
     * transfer rows' ids, ascending, comma-separated), {@code balances=} ({@code id:balance}, by id).
     */
    @GET
    @Path("state")
    public String state() {
        noTransaction();
        Transfers.Fields f = new Transfers.Fields(executor.tables());
        Record2<java.math.BigDecimal, Integer> totals = executor.fetch(executor.dsl()
                .select(sum(f.balance), count()).from(f.accounts)).get(0);
        String ids = executor.fetch(executor.dsl().select(f.transferId).from(f.transfers).orderBy(f.transferId))
                .stream().map(r -> String.valueOf(r.value1())).collect(Collectors.joining(","));
        String balances = executor.fetch(executor.dsl().select(f.id, f.balance).from(f.accounts).orderBy(f.id))
                .stream().map(r -> r.value1() + ":" + r.value2()).collect(Collectors.joining(","));
        int rows = executor.dsl().fetchCount(f.transfers);
        return "total=" + totals.value1().longValueExact() + "\naccounts=" + totals.value2() + "\ntransfers=" + rows
                + "\nids=" + ids + "\nbalances=" + balances + "\n";
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

    private static Response failed(Throwable e) {
        StringBuilder text = new StringBuilder("failed:");
        for (Throwable t = e; t != null && text.length() < 4000; t = t.getCause()) {
            text.append(' ').append(t).append(" |");
        }
        return Response.status(Response.Status.CONFLICT).entity(text.toString()).build();
    }
}
