package io.github.jooqcdi.cdi;

import io.github.jooqcdi.ConfigurationCustomizer;
import io.github.jooqcdi.DataTypeOverride;
import io.github.jooqcdi.PersistenceUnitName;
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
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.naming.NoInitialContextException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The deployment's {@link JooqUnit}s, each built once: eagerly when the application starts, or on first use if that
 * comes earlier. Added as a bean by {@link JooqCdiExtension}.
 */
@ApplicationScoped
public class JooqUnits {

    private static final System.Logger LOG = System.getLogger(JooqUnits.class.getName());

    private final Map<String, JooqUnit> units = new ConcurrentHashMap<>();
    private final Set<String> building = new HashSet<>();

    @Inject
    JooqCdiExtension extension;

    @Inject
    @Any
    Instance<Object> beans;

    /** The deployment module's beans, once looked up (see {@link #applicationBeans()}). */
    private volatile Instance<Object> moduleBeans;

    void buildAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (String unit : extension.requests().units().keySet()) {
            if (extension.requests().hasProducer(unit)) {
                unit(unit);
            }
        }
    }

    /**
     * The beans of the application. Payara (GlassFish's Weld integration) gives each jar of {@code WEB-INF/lib} its own
     * bean archive that does not see the beans of {@code WEB-INF/classes}: the application's {@code EntityManager}
     * producers and customizers are unsatisfied from this library's {@link #beans}. The module's BeanManager
     * ({@code java:comp/BeanManager}) sees both. Outside a server (no JNDI) our own {@link #beans}.
     */
    public Instance<Object> applicationBeans() {
        Instance<Object> module = moduleBeans;
        if (module != null) {
            return module;
        }
        try {
            BeanManager manager = (BeanManager) new InitialContext().lookup("java:comp/BeanManager");
            if (manager == null) {
                return beans;
            }
            module = manager.createInstance();
            moduleBeans = module;
            return module;
        } catch (NoInitialContextException e) {
            // no JNDI in this JVM (Java SE): there never will be, so do not pay a failed lookup on every request
            moduleBeans = beans;
            return beans;
        } catch (NamingException | RuntimeException e) {
            return beans;
        }
    }

    /** The unit named {@code name}, built on first call. */
    public JooqUnit unit(String name) {
        JooqUnit unit = units.get(name);
        return unit != null ? unit : buildOnce(name);
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
        UnitRequests requests = extension.requests();
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
        return JooqUnitBuilder.build(name, requests.settings(name), emf, adapter, transactions(info),
                ordered(ConfigurationCustomizer.class), ordered(DataTypeOverride.class));
    }

    private EntityManagerFactory entityManagerFactory(String name) {
        PersistenceUnitName qualifier = PersistenceUnitName.Literal.of(name);
        Instance<EntityManagerFactory> factories = applicationBeans().select(EntityManagerFactory.class, qualifier);
        if (factories.isResolvable()) {
            return factories.get();
        }
        // the producer may be request scoped (an application-managed entity manager): give it a request to live in
        RequestContextController request = applicationBeans().select(RequestContextController.class).get();
        boolean activated = request.activate();
        try {
            Instance.Handle<EntityManager> em = applicationBeans().select(EntityManager.class, qualifier).getHandle();
            try {
                return em.get().getEntityManagerFactory();
            } finally {
                em.destroy();
            }
        } finally {
            if (activated) {
                request.deactivate();
            }
        }
    }

    private Function<EntityManager, TransactionState> transactions(PersistenceUnitInfo info) {
        if (!info.isJta()) {
            return ResourceLocalTransactionState::new;
        }
        TransactionState jta = new JtaTransactionState(
                ContainerTransactions.registry(info.name(), () -> bean(TransactionSynchronizationRegistry.class)),
                () -> ContainerTransactions.userTransaction(() -> bean(UserTransaction.class)));
        return em -> jta;
    }

    private <T> Optional<T> bean(Class<T> type) {
        Instance<T> bean = applicationBeans().select(type);
        return bean.isResolvable() ? Optional.of(bean.get()) : Optional.empty();
    }

    private <T> List<T> ordered(Class<T> type) {
        return applicationBeans().select(type).handlesStream()
                .sorted(Comparator.comparingInt(h -> priority(h.getBean().getBeanClass())))
                .map(Instance.Handle::get)
                .toList();
    }

    private static int priority(Class<?> beanClass) {
        Priority p = beanClass.getAnnotation(Priority.class);
        return p == null ? Integer.MAX_VALUE / 2 : p.value();
    }
}
