package io.github.jooqcdi;

import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultQuery;

import java.util.List;

/**
 * Runs jOOQ queries on the JDBC connection of a persistence unit's container-managed {@code EntityManager}, in the
 * current JTA transaction: JTA commits or rolls back jOOQ's work together with JPA's. Outside any transaction a query
 * runs in auto-commit on a connection borrowed from the unit's own data source and returned right after.
 * <p>
 * Request scoped; inject with {@code @Inject QueryExecutor} (the only or default unit) or
 * {@code @Inject @PersistenceUnitName("name") QueryExecutor}.
 * <p>
 * Misuse fails: with no active request context, CDI's {@code ContextNotActiveException}; in a transaction marked
 * rollback-only, an {@link IllegalStateException}; on a thread other than its request's (its {@link #dsl()} handed
 * to a new thread or an executor service), an {@link IllegalStateException}: inject a {@code QueryExecutor} in the
 * code that thread runs instead. Close a {@code Cursor} or {@code Stream} (a lazy fetch) inside its transaction, with
 * try-with-resources: read after the commit or rollback, it fails (or, where the driver keeps it readable, the next
 * query outside a transaction does) until it is closed.
 */
public interface QueryExecutor {

    /** The unit's {@link DSLContext}: build and run any jOOQ query with it. */
    DSLContext dsl();

    /** The unit's tables, fields and keys. */
    EntityTables tables();

    /** The persistence unit's name. */
    String unitName();

    /** Runs a select (attached to this unit's configuration) and returns its records. */
    <R extends Record> Result<R> fetch(ResultQuery<R> query);

    /** Runs an insert, update, delete, merge or DDL statement and returns the affected row count. */
    int execute(Query query);

    /** Runs a select and maps each record to {@code type}: a Java record, a POJO, or a single-column scalar. */
    <E> List<E> fetchInto(ResultQuery<?> query, Class<E> type);

    /**
     * Runs a select through the unit's {@code EntityManager} as a native query and returns <b>managed</b> entities.
     * Its select list must be the entity's mapped columns: use {@link EntityTables#entityFields(Class)}. They are matched
     * by table and column, and no other selected column may share one of their names (the provider reads by name).
     *
     * @throws IllegalArgumentException if the select list lacks a column the entity's mapping reads, or selects
     *                                  another column under one of their names
     */
    <E> List<E> fetchEntities(ResultQuery<?> query, Class<E> entityClass);
}
