package io.github.jooqcdi.it.shapes.filters;

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

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code /api/filters/…}, plain text. {@code mode=tx} runs a check inside a JTA transaction ({@link InTransaction}),
 * {@code mode=auto} outside any (auto-commit); {@code tenant} ({@code a} or {@code b}) is the tenant of the request's
 * entity manager. {@code raw} and {@code reset} use plain JDBC on the WAR's data source, unfiltered.
 */
@Path("filters")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
public class FiltersResource {

    /** The WAR's own data source (web.xml). */
    public static final String DATA_SOURCE = "java:app/jdbc/filters";

    @Inject
    InTransaction tx;

    @Inject
    FilterQueries auto;

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @Resource
    TransactionSynchronizationRegistry registry;

    /** Every row deleted (JDBC), then the path rows and each tenant's tickets written through JPA. */
    @POST
    @Path("reset")
    public String reset(@QueryParam("tenant") String tenant) throws SQLException, ReflectiveOperationException {
        if ("a".equals(tenant)) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                for (String table : List.of("FILTER_VOLUME_WRITER", "FILTER_VOLUME", "FILTER_SHELF", "FILTER_WRITER",
                        TicketBase.TABLE)) {
                    s.executeUpdate("delete from " + table);
                }
            }
        }
        Tenants.as(tenant, () -> {
            try {
                tx.seedTickets("a".equals(tenant) ? 0 : 10);
                if ("a".equals(tenant)) {
                    tx.seedPaths();
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        return "seeded " + tenant;
    }

    @GET
    @Path("paths")
    public String paths(@QueryParam("mode") String mode, @QueryParam("tenant") String tenant) {
        return Tenants.as(tenant, () -> in(mode, tx::paths, auto::paths));
    }

    @GET
    @Path("tickets")
    public String tickets(@QueryParam("mode") String mode, @QueryParam("tenant") String tenant,
                          @QueryParam("other") List<Long> other) {
        return Tenants.as(tenant, () -> in(mode, () -> tx.tickets(other), () -> auto.tickets(other)));
    }

    /** Hibernate only: a filter enabled on the transaction's session (see {@link FilterQueries#enabledFilter}). */
    @GET
    @Path("enabled-filter")
    public String enabledFilter(@QueryParam("tenant") String tenant, @QueryParam("title") String title) {
        return Tenants.as(tenant, () -> in("tx", () -> tx.enabledFilter(title), null));
    }

    @GET
    @Path("plain-sql")
    public String plainSql(@QueryParam("mode") String mode, @QueryParam("tenant") String tenant) {
        return Tenants.as(tenant, () -> in(mode, tx::plainSql, auto::plainSql));
    }

    @POST
    @Path("rename")
    public String rename(@QueryParam("mode") String mode, @QueryParam("tenant") String tenant,
                         @QueryParam("title") String title) {
        return Tenants.as(tenant, () -> "updated=" + in(mode, () -> tx.renameAll(title), () -> auto.renameAll(title)));
    }

    @POST
    @Path("delete")
    public String delete(@QueryParam("mode") String mode, @QueryParam("tenant") String tenant) {
        return Tenants.as(tenant, () -> "deleted=" + in(mode, tx::deleteAll, auto::deleteAll));
    }

    /** Every ticket row, {@code id:title} ascending, through plain JDBC. */
    @GET
    @Path("raw")
    public String raw() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select ID, TITLE from " + TicketBase.TABLE + " order by ID")) {
            while (r.next()) {
                rows.add(r.getLong(1) + ":" + r.getString(2));
            }
        }
        return String.join(",", rows);
    }

    private <T> T in(String mode, Supplier<T> inTransaction, Supplier<T> autoCommit) {
        if (registry.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            throw new IllegalStateException("expected no transaction, status " + registry.getTransactionStatus());
        }
        return switch (mode) {
            case "tx" -> inTransaction.get();
            case "auto" -> autoCommit.get();
            default -> throw new IllegalArgumentException("mode " + mode + ": tx or auto");
        };
    }
}
