package io.github.jooqcdi.it.app;

import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.demo.shop.Product;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Test-only endpoints (under the demo's {@code /api}); they run outside any transaction. */
@Path("it")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
public class Diagnostics {

    /** The {@code ApplicationName} of the PostgreSQL data source (PostgresDataSource). */
    static final String APPLICATION_NAME = "jooq-cdi-it";

    @Inject
    QueryExecutor sql;

    @Resource
    TransactionSynchronizationRegistry registry;

    /** A jOOQ query outside any transaction: auto-commit on a connection borrowed from the unit's data source. */
    @GET
    @Path("product-count")
    public String productCount() {
        if (registry.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            throw new IllegalStateException("expected no transaction, status " + registry.getTransactionStatus());
        }
        return String.valueOf(sql.fetch(sql.dsl().selectCount().from(sql.tables().table(Product.class))).get(0).value1());
    }

    /**
     * The database's open sessions: H2's INFORMATION_SCHEMA.SESSIONS, PostgreSQL's pg_stat_activity, the sessions on
     * MariaDB's database of the tests.
     */
    @GET
    @Path("db-sessions")
    public String databaseSessions() {
        String query = switch (sql.tables().dialect().family()) {
            case POSTGRES -> "select count(*) from pg_stat_activity where application_name = '" + APPLICATION_NAME + "'";
            case MARIADB, MYSQL -> "select count(*) from information_schema.PROCESSLIST where DB = database()";
            default -> "select count(*) from information_schema.sessions";
        };
        return String.valueOf(sql.fetch(sql.dsl().resultQuery(query)).get(0).get(0));
    }
}
