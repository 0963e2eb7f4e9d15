package io.github.jooqcdi.execution;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/**
 * A JFR event per jOOQ execution through a {@code QueryExecutor}: its duration runs from the start of jOOQ's
 * execution (rendering, the flush before the query, the statement, fetching) to its end.
 */
@Name(QueryEvent.NAME)
@Label("jOOQ Query")
@Description("A jOOQ query run by jooq-cdi on a persistence unit's connection")
@Category("jooq-cdi")
public final class QueryEvent extends Event {

    public static final String NAME = "io.github.jooqcdi.Query";

    @Label("Persistence Unit")
    String unit;

    @Label("SQL")
    @Description("The SQL sent to JDBC, with bind markers in place of bind values")
    String sql;

    @Label("Rows")
    @Description("Rows fetched or affected; -1 when unknown")
    long rows = -1;

    @Label("In Transaction")
    @Description("Whether the query ran in the unit's active transaction (false: auto-commit)")
    boolean inTransaction;

    @Label("Error")
    @Description("The class of the exception the execution failed with; empty when it succeeded")
    String error;

    @Label("SQL State")
    @Description("The SQLState of the database's error, if any")
    String sqlState;
}
