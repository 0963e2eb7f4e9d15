package io.github.jooqcdi.execution;

import org.jooq.ConverterProvider;
import org.jooq.ExecuteListenerProvider;
import org.jooq.RecordMapperProvider;
import org.jooq.conf.Settings;

import java.util.List;

/**
 * The application's beans of jOOQ's own SPI that apply to one unit: those qualified
 * {@code @PersistenceUnitName("<unit>")} and those without qualifier (for every unit).
 *
 * @param executeListenerProviders every applying bean, in {@code @Priority} order; they run after jooq-cdi's listeners
 * @param settings                 the unit's {@link Settings}, or {@code null} for jOOQ's defaults
 * @param recordMapperProvider     the unit's {@link RecordMapperProvider}, or {@code null} for jOOQ's
 * @param converterProvider        the unit's {@link ConverterProvider}, or {@code null} for jOOQ's
 */
public record JooqSpiBeans(List<ExecuteListenerProvider> executeListenerProviders, Settings settings,
                           RecordMapperProvider recordMapperProvider, ConverterProvider converterProvider) {

    /** No beans: jOOQ's defaults. */
    public static final JooqSpiBeans NONE = new JooqSpiBeans(List.of(), null, null, null);

    public JooqSpiBeans {
        executeListenerProviders = List.copyOf(executeListenerProviders);
    }
}
