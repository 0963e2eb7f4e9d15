package io.github.jooqcdi.provider;

import jakarta.persistence.EntityManagerFactory;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Optional;

/**
 * Finds the adapter of the provider behind an {@link EntityManagerFactory}. Adapters are instantiated by name, only
 * after the provider's own API class was found and the factory unwraps to it.
 */
public final class JpaProviderAdapters {

    private record Known(String name, String providerApi, String adapter) {
    }

    private static final List<Known> KNOWN = List.of(
            new Known("EclipseLink", "org.eclipse.persistence.jpa.JpaEntityManagerFactory",
                    "io.github.jooqcdi.eclipselink.EclipseLinkAdapter"),
            new Known("Hibernate", "org.hibernate.engine.spi.SessionFactoryImplementor",
                    "io.github.jooqcdi.hibernate.HibernateAdapter"));

    private JpaProviderAdapters() {
    }

    /** The adapter for the provider behind {@code emf}, or empty for a provider the extension does not know. */
    public static Optional<JpaProviderAdapter> detect(EntityManagerFactory emf) {
        for (Known known : KNOWN) {
            Class<?> api = load(known.providerApi(), emf);
            if (api != null && unwraps(emf, api)) {
                return Optional.of(instantiate(known.adapter()));
            }
        }
        return Optional.empty();
    }

    /** The names of the providers the extension knows, for messages. */
    public static List<String> knownProviders() {
        return KNOWN.stream().map(Known::name).toList();
    }

    private static Class<?> load(String name, EntityManagerFactory emf) {
        for (ClassLoader loader : new ClassLoader[] {JpaProviderAdapters.class.getClassLoader(),
                Thread.currentThread().getContextClassLoader(), emf.getClass().getClassLoader()}) {
            if (loader == null) {
                continue;
            }
            try {
                return Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // not visible from this loader: try the next
            }
        }
        return null;
    }

    private static boolean unwraps(EntityManagerFactory emf, Class<?> api) {
        if (api.isInstance(emf)) {
            return true;
        }
        try {
            return emf.unwrap(api) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static JpaProviderAdapter instantiate(String adapter) {
        try {
            return (JpaProviderAdapter) Class.forName(adapter).getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException | NoSuchMethodException | InstantiationException | IllegalAccessException
                 | InvocationTargetException e) {
            throw new IllegalStateException("Cannot create the jooq-cdi adapter " + adapter, e);
        }
    }
}
