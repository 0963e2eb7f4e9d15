package io.github.jooqcdi.execution;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.connection.UnitConnectionProvider;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

import java.util.List;

/** The {@link QueryExecutor} of one unit for one request. */
final class DefaultQueryExecutor implements QueryExecutor {

    private final JooqUnit unit;
    private final DSLContext dsl;
    private final UnitConnectionProvider connections;

    DefaultQueryExecutor(JooqUnit unit, Configuration configuration, UnitConnectionProvider connections) {
        this.unit = unit;
        this.dsl = DSL.using(configuration);
        this.connections = connections;
    }

    @Override
    public DSLContext dsl() {
        return dsl;
    }

    @Override
    public EntityTables tables() {
        return unit.tables();
    }

    @Override
    public String unitName() {
        return unit.name();
    }

    @Override
    public <R extends Record> Result<R> fetch(ResultQuery<R> query) {
        return dsl.fetch(query);
    }

    @Override
    public int execute(Query query) {
        return dsl.execute(query);
    }

    @Override
    public <E> List<E> fetchInto(ResultQuery<?> query, Class<E> type) {
        return dsl.fetch(query).into(type);
    }

    @Override
    public <E> List<E> fetchEntities(ResultQuery<?> query, Class<E> entityClass) {
        connections.checkThread();
        // rendered with this request's data: row filters take their values from its entity manager
        return NativeEntityQuery.fetch(connections.entityManager(),
                DSL.using(connections.configure(unit.nativeQueries().configuration())), unit.nativeQueryHints(),
                unit.tables(), query, entityClass);
    }

    @Override
    public String toString() {
        return "QueryExecutor[" + unit.name() + "]";
    }
}
