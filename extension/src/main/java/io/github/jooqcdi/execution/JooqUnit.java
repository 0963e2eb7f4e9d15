package io.github.jooqcdi.execution;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.connection.UnitConnectionProvider;
import io.github.jooqcdi.provider.JpaProviderAdapter;
import io.github.jooqcdi.provider.UnitConnections;
import io.github.jooqcdi.transaction.TransactionState;
import jakarta.persistence.EntityManager;
import org.jooq.Configuration;
import org.jooq.DSLContext;

import java.util.Map;
import java.util.function.Function;

/**
 * Everything of one persistence unit that is built once at startup: its tables, its jOOQ configuration and the way to
 * its connections and transaction. Creates the per-request {@link QueryExecutor}s.
 */
public final class JooqUnit {

    private final String name;
    private final JpaProviderAdapter adapter;
    private final UnitConnections unitConnections;
    private final EntityTables tables;
    private final Configuration configuration;
    private final DSLContext nativeQueries;
    private final Function<EntityManager, TransactionState> transactions;

    JooqUnit(String name, JpaProviderAdapter adapter, UnitConnections unitConnections,
             EntityTables tables, Configuration configuration,
             Function<EntityManager, TransactionState> transactions) {
        this.name = name;
        this.adapter = adapter;
        this.unitConnections = unitConnections;
        this.tables = tables;
        this.configuration = configuration;
        this.nativeQueries = NativeEntityQuery.renderer(configuration);
        this.transactions = transactions;
    }

    /** A query executor on {@code em}, the unit's entity manager of the current request. */
    public QueryExecutor executor(EntityManager em) {
        UnitConnectionProvider connections = new UnitConnectionProvider(name, adapter, unitConnections, em,
                transactions.apply(em));
        return new DefaultQueryExecutor(this, connections.configure(configuration), connections);
    }

    public String name() {
        return name;
    }

    public EntityTables tables() {
        return tables;
    }

    DSLContext nativeQueries() {
        return nativeQueries;
    }

    Map<String, Object> nativeQueryHints() {
        return adapter.nativeQueryHints();
    }

}
