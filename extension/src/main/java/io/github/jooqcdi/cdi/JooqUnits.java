package io.github.jooqcdi.cdi;

import io.github.jooqcdi.ConfigurationCustomizer;
import io.github.jooqcdi.DataTypeOverride;
import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.execution.JooqUnit;
import io.github.jooqcdi.execution.JooqUnitBuilder;
import io.github.jooqcdi.provider.JpaProviderAdapter;
import io.github.jooqcdi.provider.JpaProviderAdapters;
import io.github.jooqcdi.provider.UnknownProviderAdapter;
import io.github.jooqcdi.transaction.ContainerTransactions;
import io.github.jooqcdi.transaction.JtaTransactionState;
import io.github.jooqcdi.transaction.ResourceLocalTransactionState;
import io.github.jooqcdi.transaction.TransactionState;
import io.github.jooqcdi.unit.PersistenceUnitInfo;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The deployment's {@link JooqUnit}s, each built once: eagerly when the application starts, or on first use if that
 * comes earlier. Owned by {@link JooqCdiExtension}, one per deployment; the application's beans are reached through
 * {@link ApplicationBeans}.
 */
public final class JooqUnits {

    private static final System.Logger LOG = System.getLogger(JooqUnits.class.getName());

    private final UnitRequests requests;
    private final ApplicationBeans beans;
    private final Map<String, JooqUnit> units = new ConcurrentHashMap<>();
    private final Set<String> building = new HashSet<>();

    JooqUnits(UnitRequests requests, ApplicationBeans beans) {
        this.requests = requests;
        this.beans = beans;
    }

    /**
     * Builds every unit the application has a producer for. Every unit's problem is reported, in one exception.
     *
     * @throws IllegalStateException naming each unit that cannot be used, and why
     */
    public void buildAll() {
        List<String> problems = new ArrayList<>();
        RuntimeException first = null;
        for (String unit : requests.units().keySet()) {
            if (!requests.hasProducer(unit)) {
                continue;
            }
            try {
                unit(unit);
            } catch (RuntimeException e) {
                problems.add("persistence unit '" + unit + "': " + e);
                first = first != null ? first : e;
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.size() == 1 ? first.getMessage() : "jooq-cdi cannot use "
                    + problems.size() + " persistence units:\n- " + String.join("\n- ", problems), first);
        }
    }

    /** The unit named {@code name}, built on first call. */
    public JooqUnit unit(String name) {
        JooqUnit unit = units.get(name);
        return unit != null ? unit : buildOnce(name);
    }

    /** A new executor of the unit on the current request's entity manager, which becomes a dependent of {@code context}. */
    QueryExecutor executor(String unit, CreationalContext<?> context) {
        JooqUnit built = unit(unit);
        return built.executor(beans.entityManager(unit, context));
    }

    private synchronized JooqUnit buildOnce(String name) {
        JooqUnit unit = units.get(name);
        if (unit != null) {
            return unit;
        }
        if (!building.add(name)) {
            throw new IllegalStateException("Persistence unit '" + name + "' is used while jooq-cdi builds it: a "
                    + "ConfigurationCustomizer or DataTypeOverride must not use the QueryExecutor, DSLContext or "
                    + "EntityTables of the unit it customises");
        }
        try {
            unit = build(name);
            units.put(name, unit);
            return unit;
        } finally {
            building.remove(name);
        }
    }

    private JooqUnit build(String name) {
        PersistenceUnitInfo info = requests.units().get(name);
        if (!requests.hasProducer(name)) {
            throw new IllegalStateException(UnitRequests.missingProducer(name, null));
        }
        EntityManagerFactory emf = entityManagerFactory(name);
        JpaProviderAdapter adapter = JpaProviderAdapters.detect(emf).orElseGet(() -> {
            LOG.log(System.Logger.Level.WARNING, "jooq-cdi: persistence unit '" + name + "' runs on a JPA provider "
                    + "jooq-cdi does not know (" + emf.getClass().getName() + "; known: "
                    + JpaProviderAdapters.knownProviders() + "): it has no entity tables, and queries run on "
                    + "connections of its data source");
            return new UnknownProviderAdapter(info);
        });
        return JooqUnitBuilder.build(name, requests.settings(name), emf, adapter, transactions(info, adapter),
                beans.spi(name), beans.ordered(ConfigurationCustomizer.class), beans.ordered(DataTypeOverride.class));
    }

    /**
     * The container's factory of the unit: from the application's {@code EntityManagerFactory} producer if it has one,
     * else from its {@code EntityManager} producer (in a request of its own: the producer may be request scoped).
     * What was created for it is destroyed right after (a {@code @Dependent} producer's disposer runs).
     */
    private EntityManagerFactory entityManagerFactory(String name) {
        CreationalContext<?> context = beans.manager().createCreationalContext(null);
        try {
            if (beans.hasEntityManagerFactory(name)) {
                return beans.entityManagerFactory(name, context);
            }
            RequestContextController request = beans.manager().createInstance()
                    .select(RequestContextController.class).get();
            boolean activated = request.activate();
            try {
                return beans.entityManager(name, context).getEntityManagerFactory();
            } finally {
                if (activated) {
                    request.deactivate();
                }
            }
        } finally {
            context.release();
        }
    }

    private Function<EntityManager, TransactionState> transactions(PersistenceUnitInfo info,
                                                                   JpaProviderAdapter adapter) {
        if (!info.isJta()) {
            return em -> new ResourceLocalTransactionState(em, adapter);
        }
        TransactionState jta = new JtaTransactionState(
                ContainerTransactions.registry(info.name(), () -> beans.one(TransactionSynchronizationRegistry.class)),
                () -> ContainerTransactions.userTransaction(() -> beans.one(UserTransaction.class)));
        return em -> jta;
    }
}
