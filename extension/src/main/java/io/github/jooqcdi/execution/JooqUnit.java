package io.github.jooqcdi.execution;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.connection.RequestConnections;
import io.github.jooqcdi.provider.JpaProviderAdapter;
import io.github.jooqcdi.provider.UnitConnections;
import io.github.jooqcdi.transaction.TransactionState;
import jakarta.persistence.EntityManager;
import org.jooq.DSLContext;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Everything of one persistence unit that is built once at startup: its tables, its one jOOQ configuration (whose
 * connection provider and listeners find the current request's {@link RequestConnections}) and the way to its
 * connections and transaction.
 */
public final class JooqUnit {

    private final String name;
    private final JpaProviderAdapter adapter;
    private final UnitConnections unitConnections;
    private final EntityTables tables;
    private final DSLContext dsl;
    private final DSLContext nativeQueries;
    private final Function<EntityManager, TransactionState> transactions;
    private final Supplier<RequestConnections> current;

    JooqUnit(String name, JpaProviderAdapter adapter, UnitConnections unitConnections, EntityTables tables,
             DSLContext dsl, Function<EntityManager, TransactionState> transactions,
             Supplier<RequestConnections> current) {
        this.name = name;
        this.adapter = adapter;
        this.unitConnections = unitConnections;
        this.tables = tables;
        this.dsl = dsl;
        // fetchEntities renders JPA positional parameters ?1..?n
        this.nativeQueries = DSL.using(dsl.configuration().deriveSettings(s -> s
                .withParamType(ParamType.NAMED).withRenderNamedParamPrefix("?")));
        this.transactions = transactions;
        this.current = current;
    }

    /** The unit's connections in a request whose entity manager of the unit is {@code em}. */
    public RequestConnections requestConnections(EntityManager em) {
        return new RequestConnections(name, adapter, unitConnections, em, transactions.apply(em));
    }

    /** The unit's query executor; what it runs goes to the current request's connections. */
    public QueryExecutor executor() {
        return new DefaultQueryExecutor(this);
    }

    public String name() {
        return name;
    }

    public EntityTables tables() {
        return tables;
    }

    DSLContext dsl() {
        return dsl;
    }

    DSLContext nativeQueries() {
        return nativeQueries;
    }

    RequestConnections current() {
        return current.get();
    }
}
