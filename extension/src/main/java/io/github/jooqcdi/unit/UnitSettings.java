package io.github.jooqcdi.unit;

import org.jooq.SQLDialect;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * A unit's {@code jooq.*} settings: from MicroProfile Config ({@code jooq.<unit>.<setting>}) when the application has
 * it, else from the unit's persistence.xml properties ({@code jooq.<setting>}).
 *
 * @param dialect         {@code jooq.dialect}: the jOOQ dialect, or empty to detect it
 * @param flush           {@code jooq.flush}: flush pending JPA changes before each query ({@code AUTO}, default)
 *                        or never ({@code NEVER})
 * @param evictAfterDml   {@code jooq.evict-after-dml}: make the shared cache coherent after jOOQ DML (default true)
 * @param isDefault       {@code jooq.default}: the unit unqualified injection means when there are several
 * @param slowQueryMs     {@code jooq.slow-query-ms}: executions taking at least this many milliseconds are logged as
 *                        a WARNING; empty (default) logs none
 * @param schemaCheck     {@code jooq.schema-check}: compare the mapped tables with the live database at startup
 * @param rowFilters      {@code jooq.row-filters}: add the provider's row filters (tenant, soft delete, restrictions,
 *                        enabled filters) to jOOQ queries (default true)
 */
public record UnitSettings(Optional<SQLDialect> dialect, FlushMode flush, boolean evictAfterDml, boolean isDefault,
                           OptionalLong slowQueryMs, SchemaCheck schemaCheck, boolean rowFilters) {

    public static final String DIALECT = "jooq.dialect";
    public static final String FLUSH = "jooq.flush";
    public static final String EVICT_AFTER_DML = "jooq.evict-after-dml";
    public static final String DEFAULT = "jooq.default";
    public static final String SLOW_QUERY_MS = "jooq.slow-query-ms";
    public static final String SCHEMA_CHECK = "jooq.schema-check";
    public static final String ROW_FILTERS = "jooq.row-filters";

    /** Every setting, by its persistence.xml name. */
    public static final List<String> KEYS = List.of(DIALECT, FLUSH, EVICT_AFTER_DML, DEFAULT, SLOW_QUERY_MS,
            SCHEMA_CHECK, ROW_FILTERS);

    /** When pending JPA changes are flushed before a jOOQ query. */
    public enum FlushMode { AUTO, NEVER }

    /**
     * What a unit does at startup when a table or column it maps is missing from the live database: nothing
     * ({@code OFF}, default), one WARNING listing them ({@code WARN}), or fail the deployment with that list
     * ({@code FAIL}).
     */
    public enum SchemaCheck { OFF, WARN, FAIL }

    /** Reads the settings of unit {@code unit} from its persistence.xml properties only. */
    public static UnitSettings of(String unit, Map<String, String> properties, Consumer<String> problems) {
        return of(unit, properties, Map.of(), problems);
    }

    /**
     * Reads the settings of unit {@code unit}; each invalid value is reported to {@code problems}, naming where it
     * came from, and defaulted.
     *
     * @param properties   the unit's persistence.xml properties
     * @param microProfile the values MicroProfile Config has for the unit, keyed by the persistence.xml name
     *                     ({@code jooq.flush} for the key {@code jooq.<unit>.flush}); they win over persistence.xml
     */
    public static UnitSettings of(String unit, Map<String, String> properties, Map<String, String> microProfile,
                                  Consumer<String> problems) {
        Values values = new Values(unit, properties, microProfile, problems);
        Optional<SQLDialect> dialect = Optional.empty();
        String d = values.get(DIALECT);
        if (d != null) {
            try {
                SQLDialect parsed = SQLDialect.valueOf(d.trim().toUpperCase(Locale.ROOT));
                if (!parsed.supported()) {
                    values.problem(DIALECT, "is not a dialect of the jOOQ open-source edition; use one of "
                            + supportedDialects());
                } else {
                    dialect = Optional.of(parsed);
                }
            } catch (IllegalArgumentException e) {
                values.problem(DIALECT, "is not a dialect of the jOOQ open-source edition; use one of "
                        + supportedDialects());
            }
        }
        return new UnitSettings(dialect, values.choice(FLUSH, FlushMode.class, FlushMode.AUTO),
                values.bool(EVICT_AFTER_DML, true), values.bool(DEFAULT, false), values.millis(SLOW_QUERY_MS),
                values.choice(SCHEMA_CHECK, SchemaCheck.class, SchemaCheck.OFF), values.bool(ROW_FILTERS, true));
    }

    /** The MicroProfile Config key of setting {@code key} ({@code jooq.flush}) for unit {@code unit}: {@code jooq.<unit>.flush}. */
    public static String microProfileKey(String unit, String key) {
        return "jooq." + unit + key.substring("jooq".length());
    }

    /** The dialect names the open-source jOOQ edition supports, for messages. */
    public static List<String> supportedDialects() {
        return Arrays.stream(SQLDialect.values()).filter(SQLDialect::supported).filter(x -> x.family() == x)
                .filter(x -> x != SQLDialect.DEFAULT).map(Enum::name).toList();
    }

    /** A unit's values with their source, for messages that say where a bad value was set. */
    private record Values(String unit, Map<String, String> properties, Map<String, String> microProfile,
                          Consumer<String> problems) {

        /** The value of {@code key}, MicroProfile Config first; null when blank or absent. */
        String get(String key) {
            String v = microProfile.get(key);
            if (v == null || v.isBlank()) {
                v = properties.get(key);
            }
            return v == null || v.isBlank() ? null : v;
        }

        void problem(String key, String what) {
            String mp = microProfile.get(key);
            String source = mp != null && !mp.isBlank()
                    ? "MicroProfile Config key " + microProfileKey(unit, key) + "=" + mp
                    : "persistence.xml property " + key + "=" + properties.get(key);
            problems.accept("Persistence unit '" + unit + "': " + source + " " + what);
        }

        <E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
            String v = get(key);
            if (v == null) {
                return fallback;
            }
            try {
                return Enum.valueOf(type, v.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                problem(key, "is not one of " + Arrays.toString(type.getEnumConstants()));
                return fallback;
            }
        }

        boolean bool(String key, boolean fallback) {
            String v = get(key);
            if (v == null) {
                return fallback;
            }
            if (!v.trim().equalsIgnoreCase("true") && !v.trim().equalsIgnoreCase("false")) {
                problem(key, "is not true or false");
                return fallback;
            }
            return Boolean.parseBoolean(v.trim());
        }

        OptionalLong millis(String key) {
            String v = get(key);
            if (v == null) {
                return OptionalLong.empty();
            }
            try {
                long ms = Long.parseLong(v.trim());
                if (ms >= 0) {
                    return OptionalLong.of(ms);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problem(key, "is not a number of milliseconds; use a whole number, 0 or more (0 logs every query), or "
                    + "leave it out to log none");
            return OptionalLong.empty();
        }
    }
}
