package io.github.jooqcdi.cdi;

import io.github.jooqcdi.ConfigurationCustomizer;
import io.github.jooqcdi.DataTypeOverride;
import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.execution.JooqSpiBeans;
import io.github.jooqcdi.unit.PersistenceUnitInfo;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;
import org.jooq.ConverterProvider;
import org.jooq.ExecuteListenerProvider;
import org.jooq.RecordMapperProvider;
import org.jooq.conf.Settings;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The application's beans that jooq-cdi uses, recorded as {@link Bean}s when the container announces them
 * ({@code ProcessBean}), and instantiated with {@link BeanManager#getReference} on the extension's own
 * {@code BeanManager}. Neither typesafe resolution nor JNDI: on Payara a {@code WEB-INF/lib} jar's bean archive does
 * not see the beans of {@code WEB-INF/classes}, and {@code java:comp/BeanManager} cannot be looked up at startup
 * (DESIGN §3). In an EAR the beans of every module are recorded; each is instantiated as the bean it is, so no module's
 * {@code BeanManager} is kept for another.
 */
final class ApplicationBeans {

    /** The types jooq-cdi instantiates from the application without qualifier (the entity managers are by unit). */
    private static final List<Class<?>> UNQUALIFIED = List.of(ConfigurationCustomizer.class, DataTypeOverride.class,
            TransactionSynchronizationRegistry.class, UserTransaction.class);
    /** jOOQ's SPI types jooq-cdi applies per unit; all but the execute listener providers at most one per unit. */
    private static final List<Class<?>> SPI = List.of(ExecuteListenerProvider.class, Settings.class,
            RecordMapperProvider.class, ConverterProvider.class);

    private final Map<String, Bean<?>> entityManagers = new LinkedHashMap<>();
    /**
     * {@code EntityManager} and {@code EntityManagerFactory} beans without {@code @PersistenceUnitName}: the container's
     * unit beans among them.
     */
    private final List<Bean<?>> unitBeanCandidates = new ArrayList<>();
    private final List<Bean<?>> factoryBeanCandidates = new ArrayList<>();
    private final Map<String, Bean<?>> factories = new LinkedHashMap<>();
    private final Map<Class<?>, List<Bean<?>>> unqualified = new LinkedHashMap<>();
    /** jOOQ SPI type → unit (null: unqualified, for every unit) → beans, in the order the container announced them */
    private final Map<Class<?>, Map<String, List<Bean<?>>>> spi = new LinkedHashMap<>();
    private final Map<Bean<?>, Integer> priorities = new HashMap<>();
    private BeanManager manager;

    /** Keeps {@code bean} if it is one jooq-cdi may need. Returns the unit of an {@code EntityManager} producer. */
    Optional<String> record(Bean<?> bean) {
        return record(bean, null);
    }

    /**
     * The same, with the {@code @Priority} of the bean's producer method or field, if it is one ({@code null}: the
     * bean class's).
     */
    Optional<String> record(Bean<?> bean, Integer producerPriority) {
        String unit = unitOf(bean.getQualifiers());
        Set<Type> types = bean.getTypes();
        if (producerPriority != null) {
            priorities.put(bean, producerPriority);
        }
        boolean isDefaultBean = bean.getQualifiers().contains(Default.Literal.INSTANCE);
        for (Class<?> type : SPI) {
            if (types.contains(type) && (unit != null || isDefaultBean)) {
                spi.computeIfAbsent(type, t -> new LinkedHashMap<>()).computeIfAbsent(unit, u -> new ArrayList<>())
                        .add(bean);
            }
        }
        if (unit != null && types.contains(EntityManager.class)) {
            entityManagers.putIfAbsent(unit, bean);
            return Optional.of(unit);
        }
        if (unit == null && types.contains(EntityManager.class)) {
            unitBeanCandidates.add(bean);
        }
        if (unit == null && types.contains(EntityManagerFactory.class)) {
            factoryBeanCandidates.add(bean);
        }
        if (unit != null && types.contains(EntityManagerFactory.class)) {
            factories.putIfAbsent(unit, bean);
        }
        boolean isDefault = bean.getQualifiers().contains(Default.Literal.INSTANCE);
        for (Class<?> type : UNQUALIFIED) {
            if (types.contains(type) && isDefault) {
                unqualified.computeIfAbsent(type, t -> new ArrayList<>()).add(bean);
            }
        }
        return Optional.empty();
    }

    /** The container is deployed: references may be taken from now on. */
    void deployed(BeanManager beanManager) {
        this.manager = beanManager;
    }

    /**
     * Takes the container's {@code EntityManager} bean (Jakarta EE 11, Persistence 3.2) for each unit the application
     * produces none for: the bean whose qualifiers are the unit's persistence.xml {@code <qualifier>}s, or, for the only
     * unit without {@code <qualifier>}, the {@code @Default} one; with it the container's {@code EntityManagerFactory}
     * bean of the same qualifiers, which serves where no transaction is active (the standard scope of the entity
     * manager bean is {@code @TransactionScoped}, as on WildFly Preview). Returns the problems (an ambiguous match, the
     * scope of a RESOURCE_LOCAL unit's bean) and then the units still without an entity manager.
     */
    List<String> takeUnitBeans(UnitRequests requests) {
        List<String> problems = new ArrayList<>();
        List<PersistenceUnitInfo> unqualified = requests.units().values().stream()
                .filter(u -> u.qualifiers().isEmpty()).toList();
        for (PersistenceUnitInfo unit : requests.units().values()) {
            if (requests.hasProducer(unit.name())) {
                continue;
            }
            Set<String> wanted = unit.qualifiers().isEmpty() ? Set.of(Default.class.getName())
                    : Set.copyOf(unit.qualifiers());
            if (unit.qualifiers().isEmpty() && unqualified.size() > 1) {
                continue; // several units' beans would be @Default: which is whose cannot be told
            }
            List<Bean<?>> matches = unitBeanCandidates.stream().filter(b -> qualifierNames(b).equals(wanted)).toList();
            if (matches.size() > 1) {
                problems.add("Persistence unit '" + unit.name() + "' has " + matches.size() + " EntityManager beans "
                        + "with the qualifiers " + wanted + ": " + matches + "; jooq-cdi takes one. Give the unit a "
                        + "<qualifier> of its own in persistence.xml, or produce @PersistenceUnitName(\"" + unit.name()
                        + "\") EntityManager");
            } else if (matches.size() == 1) {
                entityManagers.put(unit.name(), matches.get(0));
                List<Bean<?>> factories = factoryBeanCandidates.stream()
                        .filter(b -> qualifierNames(b).equals(wanted)).toList();
                if (factories.size() == 1) {
                    this.factories.putIfAbsent(unit.name(), factories.get(0));
                }
                problems.addAll(requests.unitBean(unit.name(), matches.get(0).getScope(), matches.get(0).toString()));
            }
        }
        problems.addAll(requests.missingEntityManagers());
        return problems;
    }

    /** The bean's qualifiers but {@code @Any} and {@code @Named} (WildFly names a unit's factory bean after the unit). */
    private static Set<String> qualifierNames(Bean<?> bean) {
        Set<String> names = new HashSet<>();
        for (Annotation qualifier : bean.getQualifiers()) {
            if (qualifier.annotationType() != Any.class && qualifier.annotationType() != Named.class) {
                names.add(qualifier.annotationType().getName());
            }
        }
        return names;
    }

    BeanManager manager() {
        if (manager == null) {
            throw new IllegalStateException("jooq-cdi is used before the CDI container has validated the deployment");
        }
        return manager;
    }

    /** The unit's {@code EntityManager}, a dependent of {@code context} (its disposer runs when that is released). */
    EntityManager entityManager(String unit, CreationalContext<?> context) {
        Bean<?> bean = entityManagers.get(unit);
        if (bean == null) {
            throw new IllegalStateException(UnitRequests.missingProducer(unit, null));
        }
        return reference(bean, EntityManager.class, context);
    }

    boolean hasEntityManagerFactory(String unit) {
        return factories.containsKey(unit);
    }

    /**
     * The unit's factory: the contextual instance of a normal-scoped bean (the container's {@code @ApplicationScoped}
     * factory bean on WildFly Preview), whose provider type the adapters unwrap, rather than its client proxy.
     */
    EntityManagerFactory entityManagerFactory(String unit, CreationalContext<?> context) {
        Bean<?> bean = factories.get(unit);
        return manager().isNormalScope(bean.getScope()) ? instance(bean, EntityManagerFactory.class)
                : reference(bean, EntityManagerFactory.class, context);
    }

    /** The application's beans of {@code type} without qualifier, ordered by {@code @Priority} (lowest first). */
    <T> List<T> ordered(Class<T> type) {
        List<Bean<?>> beans = new ArrayList<>(unqualified.getOrDefault(type, List.of()));
        beans.sort(Comparator.comparingInt(this::priority));
        List<T> instances = new ArrayList<>();
        for (Bean<?> bean : beans) {
            instances.add(reference(bean, type, manager().createCreationalContext(bean)));
        }
        return instances;
    }

    /** The application's bean of {@code type} (a JTA object a Java SE application produces), if it has one. */
    <T> Optional<T> one(Class<T> type) {
        List<Bean<?>> beans = unqualified.getOrDefault(type, List.of());
        return beans.isEmpty() ? Optional.empty()
                : Optional.of(reference(beans.get(0), type, manager().createCreationalContext(beans.get(0))));
    }

    /**
     * Every problem of the application's jOOQ SPI beans: two beans of a type that allows one per unit at the same level
     * (both without qualifier, or both for one unit), a bean for a unit the deployment does not have.
     */
    List<String> spiProblems(Set<String> units) {
        List<String> problems = new ArrayList<>();
        spi.forEach((type, byUnit) -> byUnit.forEach((unit, beans) -> {
            if (unit != null && !units.contains(unit)) {
                beans.forEach(bean -> problems.add("The " + type.getSimpleName() + " bean " + bean
                        + " is qualified @PersistenceUnitName(\"" + unit + "\"), which names no persistence unit of "
                        + "this deployment; its units are " + units));
            }
            if (type != ExecuteListenerProvider.class && beans.size() > 1) {
                problems.add(beans.size() + " beans of jOOQ's " + type.getName() + " apply to "
                        + (unit == null ? "every persistence unit (no qualifier)" : "persistence unit '" + unit + "'")
                        + ", but a unit takes one: " + beans.stream().map(Object::toString).toList() + ". Keep one, or "
                        + "qualify each with @PersistenceUnitName(\"<unit>\") for the unit it is for (a qualified "
                        + "bean wins over one without qualifier for its unit)");
            }
        }));
        return problems;
    }

    /**
     * The application's jOOQ SPI beans that apply to {@code unit}: execute listener providers qualified for it or
     * without qualifier, in {@code @Priority} order; for the other types the one qualified for it, else the one without
     * qualifier.
     */
    JooqSpiBeans spi(String unit) {
        List<Bean<?>> listeners = new ArrayList<>(spiBeans(ExecuteListenerProvider.class, null));
        listeners.addAll(spiBeans(ExecuteListenerProvider.class, unit));
        listeners.sort(Comparator.comparingInt(this::priority));
        List<ExecuteListenerProvider> providers = new ArrayList<>();
        for (Bean<?> bean : listeners) {
            providers.add(reference(bean, ExecuteListenerProvider.class, manager().createCreationalContext(bean)));
        }
        Bean<?> settings = oneFor(Settings.class, unit);
        Bean<?> mappers = oneFor(RecordMapperProvider.class, unit);
        Bean<?> converters = oneFor(ConverterProvider.class, unit);
        return new JooqSpiBeans(providers, settings == null ? null : instance(settings, Settings.class),
                mappers == null ? null : reference(mappers, RecordMapperProvider.class,
                        manager().createCreationalContext(mappers)),
                converters == null ? null : reference(converters, ConverterProvider.class,
                        manager().createCreationalContext(converters)));
    }

    private List<Bean<?>> spiBeans(Class<?> type, String unit) {
        Map<String, List<Bean<?>>> byUnit = spi.get(type); // LinkedHashMap: null (no qualifier) is a key
        List<Bean<?>> beans = byUnit == null ? null : byUnit.get(unit);
        return beans == null ? List.of() : beans;
    }

    private Bean<?> oneFor(Class<?> type, String unit) {
        List<Bean<?>> beans = spiBeans(type, unit);
        if (beans.isEmpty()) {
            beans = spiBeans(type, null);
        }
        return beans.isEmpty() ? null : beans.get(0);
    }

    /** The bean's own instance rather than a client proxy: the unit takes a copy of it ({@code SettingsTools.clone}). */
    @SuppressWarnings("unchecked")
    private <T> T instance(Bean<?> bean, Class<T> type) {
        Bean<T> typed = (Bean<T>) bean;
        return type.cast(manager().getContext(bean.getScope()).get(typed, manager().createCreationalContext(typed)));
    }

    private <T> T reference(Bean<?> bean, Class<T> type, CreationalContext<?> context) {
        return type.cast(manager().getReference(bean, type, context));
    }

    private int priority(Bean<?> bean) {
        Integer producer = priorities.get(bean);
        if (producer != null) {
            return producer;
        }
        Priority p = bean.getBeanClass().getAnnotation(Priority.class);
        return p == null ? Integer.MAX_VALUE / 2 : p.value();
    }

    static String unitOf(Set<Annotation> qualifiers) {
        for (Annotation a : qualifiers) {
            if (a instanceof PersistenceUnitName name) {
                return name.value();
            }
        }
        return null;
    }
}
