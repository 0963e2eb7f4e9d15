package io.github.jooqcdi.cdi;

import io.github.jooqcdi.ConfigurationCustomizer;
import io.github.jooqcdi.DataTypeOverride;
import io.github.jooqcdi.PersistenceUnitName;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
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

    private final Map<String, Bean<?>> entityManagers = new LinkedHashMap<>();
    private final Map<String, Bean<?>> factories = new LinkedHashMap<>();
    private final Map<Class<?>, List<Bean<?>>> unqualified = new LinkedHashMap<>();
    private BeanManager manager;

    /** Keeps {@code bean} if it is one jooq-cdi may need. Returns the unit of an {@code EntityManager} producer. */
    Optional<String> record(Bean<?> bean) {
        String unit = unitOf(bean.getQualifiers());
        Set<Type> types = bean.getTypes();
        if (unit != null && types.contains(EntityManager.class)) {
            entityManagers.putIfAbsent(unit, bean);
            return Optional.of(unit);
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

    EntityManagerFactory entityManagerFactory(String unit, CreationalContext<?> context) {
        return reference(factories.get(unit), EntityManagerFactory.class, context);
    }

    /** The application's beans of {@code type} without qualifier, ordered by {@code @Priority} (lowest first). */
    <T> List<T> ordered(Class<T> type) {
        List<Bean<?>> beans = new ArrayList<>(unqualified.getOrDefault(type, List.of()));
        beans.sort(Comparator.comparingInt(ApplicationBeans::priority));
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

    private <T> T reference(Bean<?> bean, Class<T> type, CreationalContext<?> context) {
        return type.cast(manager().getReference(bean, type, context));
    }

    private static int priority(Bean<?> bean) {
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
