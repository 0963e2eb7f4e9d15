package io.github.jooqcdi;

import org.jooq.Configuration;

/**
 * Customises a unit's jOOQ {@link Configuration} (settings, execute listeners, record mappers, converters) once, when
 * it is built at startup. Declare an application bean of this type; several beans run in the order of their
 * {@code @Priority} on the bean class (lowest first), after the application's beans of jOOQ's own SPI
 * ({@code Settings}, {@code ExecuteListenerProvider}, {@code RecordMapperProvider}, {@code ConverterProvider}, each
 * for one unit with {@code @PersistenceUnitName}, or for every unit without qualifier) were applied. jooq-cdi's own
 * listeners (flush, rollback on error, cache eviction) run before all others; its connection and transaction
 * providers are set after the customizers ran and cannot be replaced.
 */
@FunctionalInterface
public interface ConfigurationCustomizer {

    /** Changes {@code configuration}, the jOOQ configuration of persistence unit {@code unitName}. */
    void customize(String unitName, Configuration configuration);
}
