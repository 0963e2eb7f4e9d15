package io.github.jooqcdi.cdi;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.config.UnitConfig;
import io.github.jooqcdi.provider.PersistenceApi;
import io.github.jooqcdi.unit.PersistenceUnitInfo;
import io.github.jooqcdi.unit.PersistenceXmlReader;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Annotated;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.inject.spi.ProcessBean;
import jakarta.enterprise.inject.spi.ProcessInjectionPoint;
import jakarta.enterprise.inject.spi.ProcessProducerField;
import jakarta.enterprise.inject.spi.ProcessProducerMethod;
import jakarta.inject.Provider;
import jakarta.persistence.EntityManager;
import org.jooq.DSLContext;

import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The CDI portable extension. It only collects (the persistence units, the injection points of its beans, the
 * application's {@code EntityManager} producers), reports every problem at once, and adds the beans of each unit:
 * {@link QueryExecutor} and {@link DSLContext} (request scoped) and {@link EntityTables} (application scoped).
 * The work happens in {@link JooqUnits}, once the application has started; the application's beans are reached
 * through the {@code Bean}s recorded here ({@link ApplicationBeans}).
 */
public class JooqCdiExtension implements Extension {

    private static final System.Logger LOG = System.getLogger(JooqCdiExtension.class.getName());
    /** The servlet API is here: a web module's start builds the units (see {@link #buildAtStartup}). */
    private static final boolean SERVLET_CONTAINER = servletContainer();
    private static final Set<Class<?>> OUR_TYPES = Set.of(QueryExecutor.class, EntityTables.class, DSLContext.class);

    private UnitRequests requests;
    private final ApplicationBeans applicationBeans = new ApplicationBeans();
    private JooqUnits units;
    private final List<InjectionPoint> dslContextInjections = new ArrayList<>();
    private boolean applicationDslContext;

    void discoverUnits(@Observes BeforeBeanDiscovery event) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ClassLoader loader = context != null ? context : getClass().getClassLoader();
        List<PersistenceUnitInfo> declared = PersistenceXmlReader.read(loader);
        requests = new UnitRequests(declared,
                UnitConfig.read(loader, declared.stream().map(PersistenceUnitInfo::name).toList()));
        units = new JooqUnits(requests, applicationBeans);
    }

    void collectInjectionPoint(@Observes ProcessInjectionPoint<?, ?> event) {
        InjectionPoint ip = event.getInjectionPoint();
        Class<?> type = requestedType(ip.getType());
        if (type == null || !OUR_TYPES.contains(type)) { // null: a type variable, wildcard or generic type
            return;
        }
        String unit = ApplicationBeans.unitOf(ip.getQualifiers());
        boolean lookup = !(ip.getType() instanceof Class<?>); // Instance<…>/Provider<…>: the unit may be chosen later
        if (unit == null && (lookup || !ip.getQualifiers().equals(Set.of(Default.Literal.INSTANCE)))) {
            return; // not a request for the default unit (another qualifier, or a programmatic lookup)
        }
        if (type == DSLContext.class && unit == null) {
            dslContextInjections.add(ip); // may be the application's own DSLContext: decided after discovery
            return;
        }
        requests.requested(unit, describe(ip));
    }

    void collectBean(@Observes ProcessBean<?> event) {
        Bean<?> bean = event.getBean();
        if (bean.getBeanClass() == JooqCdiExtension.class) {
            return; // our own (the unit's entity manager under @PersistenceUnitName, below)
        }
        applicationBeans.record(bean, producerPriority(event))
                .ifPresent(unit -> requests.producer(unit, bean.getScope(), bean.toString()));
        if (bean.getTypes().contains(DSLContext.class) && bean.getQualifiers().contains(Default.Literal.INSTANCE)) {
            applicationDslContext = true;
        }
    }

    void addBeans(@Observes AfterBeanDiscovery event) {
        if (!applicationDslContext) {
            dslContextInjections.forEach(ip -> requests.requested(null, describe(ip)));
        }
        List<String> problems = new ArrayList<>(requests.problems());
        problems.addAll(applicationBeans.spiProblems(requests.units().keySet()));
        for (String problem : problems) {
            event.addDefinitionError(new IllegalStateException("jooq-cdi: " + problem));
        }
        if (!problems.isEmpty()) {
            return;
        }
        String defaultUnit = requests.defaultUnit().orElse(null);
        if (applicationDslContext && defaultUnit != null) {
            LOG.log(System.Logger.Level.INFO, "jooq-cdi: the application produces its own @Default DSLContext; "
                    + "jooq-cdi adds none (inject @PersistenceUnitName(\"" + defaultUnit + "\") DSLContext for its)");
        }
        for (String unit : requests.units().keySet()) {
            boolean isDefault = unit.equals(defaultUnit);
            PersistenceUnitName qualifier = PersistenceUnitName.Literal.of(unit);
            event.<EntityTables>addBean()
                    .beanClass(JooqCdiExtension.class)
                    .types(EntityTables.class, Object.class)
                    .qualifiers(qualifiers(qualifier, isDefault))
                    .scope(ApplicationScoped.class)
                    .createWith(context -> units.unit(unit).tables());
            event.<QueryExecutor>addBean()
                    .beanClass(JooqCdiExtension.class)
                    .types(QueryExecutor.class, Object.class)
                    .qualifiers(qualifiers(qualifier, isDefault))
                    .scope(RequestScoped.class)
                    .createWith(context -> units.executor(unit, context))
                    .destroyWith((executor, context) -> context.release()); // the request's entity manager with it
            event.addBean()
                    .beanClass(JooqCdiExtension.class)
                    .types(DSLContext.class, Object.class)
                    .qualifiers(qualifiers(qualifier, isDefault && !applicationDslContext))
                    .scope(RequestScoped.class)
                    .produceWith(beans -> beans.select(QueryExecutor.class, qualifier).get().dsl());
            if (PersistenceApi.UNIT_BEANS && !requests.hasProducer(unit)) {
                // the container's bean for the unit, under the qualifier the EE 10 producer line gives it: code that
                // injects @PersistenceUnitName(unit) EntityManager keeps working once that line is deleted
                event.addBean()
                        .beanClass(JooqCdiExtension.class)
                        .types(EntityManager.class, Object.class)
                        .qualifiers(qualifier, Any.Literal.INSTANCE)
                        .scope(Dependent.class)
                        .createWith(context -> applicationBeans.entityManager(unit, context));
            }
        }
        event.addObserverMethod()
                .beanClass(JooqCdiExtension.class)
                .observedType(Object.class)
                .addQualifier(Initialized.Literal.APPLICATION)
                .notifyWith(started -> buildAtStartup());
    }

    void deployed(@Observes AfterDeploymentValidation event, BeanManager beanManager) {
        applicationBeans.deployed(beanManager);
        if (PersistenceApi.UNIT_BEANS) { // the container adds its unit beans after the other beans were discovered
            for (String problem : applicationBeans.takeUnitBeans(requests)) {
                event.addDeploymentProblem(new IllegalStateException("jooq-cdi: " + problem));
            }
        }
    }

    /**
     * Builds every unit when the application starts, outside a servlet container (Java SE). In a server the web module's
     * start builds them ({@link io.github.jooqcdi.servlet.UnitsStartup}), where its naming context exists: Payara fires
     * {@code @Initialized(ApplicationScoped)} of a WAR without EJBs on a thread that has none (DESIGN §3). A deployment
     * with no web module builds each unit on first use.
     */
    private void buildAtStartup() {
        if (!SERVLET_CONTAINER) {
            units.buildAll();
        }
    }

    /** The deployment's units (built at startup, or on first use). */
    public JooqUnits units() {
        return units;
    }

    UnitRequests requests() {
        return requests;
    }

    private static boolean servletContainer() {
        try {
            Class.forName("jakarta.servlet.ServletContainerInitializer", false, JooqCdiExtension.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The {@code @Priority} of a producer method or field, which orders its bean like one on a bean class. */
    private static Integer producerPriority(ProcessBean<?> event) {
        Annotated member = event instanceof ProcessProducerMethod<?, ?> method ? method.getAnnotatedProducerMethod()
                : event instanceof ProcessProducerField<?, ?> field ? field.getAnnotatedProducerField() : null;
        Priority priority = member == null ? null : member.getAnnotation(Priority.class);
        return priority == null ? null : priority.value();
    }

    private static Annotation[] qualifiers(PersistenceUnitName unit, boolean isDefault) {
        return isDefault ? new Annotation[] {unit, Any.Literal.INSTANCE, Default.Literal.INSTANCE}
                : new Annotation[] {unit, Any.Literal.INSTANCE};
    }

    private static Class<?> requestedType(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && (raw == Instance.class || raw == Provider.class) && p.getActualTypeArguments().length == 1) {
            return requestedType(p.getActualTypeArguments()[0]);
        }
        return type instanceof Class<?> c ? c : null;
    }

    private static String describe(InjectionPoint ip) {
        return ip.getMember().getDeclaringClass().getName() + "." + ip.getMember().getName();
    }
}
