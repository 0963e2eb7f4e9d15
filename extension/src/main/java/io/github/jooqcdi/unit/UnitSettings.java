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
 * A unit's {@code jooq.*} properties from persistence.xml.
 *
 * @param dialect         {@code jooq.dialect}: the jOOQ dialect, or empty to detect it
 * @param flush           {@code jooq.flush}: flush pending JPA changes before each query ({@code AUTO}, default)
 *                        or never ({@code NEVER})
 * @param evictAfterDml   {@code jooq.evict-after-dml}: make the shared cache coherent after jOOQ DML (default true)
 * @param isDefault       {@code jooq.default}: the unit unqualified injection means when there are several
 * @param slowQueryMs     {@code jooq.slow-query-ms}: executions taking at least this many milliseconds are logged as
 *                        a WARNING; empty (default) logs none
 * @param rowFilters      {@code jooq.row-filters}: add the provider's row filters (tenant, soft delete, restrictions,
 *                        enabled filters) to jOOQ queries (default true)
 */
public record UnitSettings(Optional<SQLDialect> dialect, FlushMode flush, boolean evictAfterDml, boolean isDefault,
                           OptionalLong slowQueryMs, boolean rowFilters) {

    public static final String DIALECT = "jooq.dialect";
    public static final String FLUSH = "jooq.flush";
    public static final String EVICT_AFTER_DML = "jooq.evict-after-dml";
    public static final String DEFAULT = "jooq.default";
    public static final String SLOW_QUERY_MS = "jooq.slow-query-ms";
    public static final String ROW_FILTERS = "jooq.row-filters";

    /** When pending JPA changes are flushed before a jOOQ query. */
    public enum FlushMode { AUTO, NEVER }

    /** Reads the settings of unit {@code unit}; each invalid value is reported to {@code problems} and defaulted. */
    public static UnitSettings of(String unit, Map<String, String> properties, Consumer<String> problems) {
        Optional<SQLDialect> dialect = Optional.empty();
        String d = properties.get(DIALECT);
        if (d != null && !d.isBlank()) {
            try {
                SQLDialect parsed = SQLDialect.valueOf(d.trim().toUpperCase(Locale.ROOT));
                if (!parsed.supported()) {
                    problems.accept(unsupported(unit, d));
                } else {
                    dialect = Optional.of(parsed);
                }
            } catch (IllegalArgumentException e) {
                problems.accept(unsupported(unit, d));
            }
        }
        FlushMode flush = FlushMode.AUTO;
        String f = properties.get(FLUSH);
        if (f != null && !f.isBlank()) {
            try {
                flush = FlushMode.valueOf(f.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.accept("Persistence unit '" + unit + "': " + FLUSH + "=" + f + " is not one of "
                        + Arrays.toString(FlushMode.values()));
            }
        }
        return new UnitSettings(dialect, flush, bool(unit, properties, EVICT_AFTER_DML, true, problems),
                bool(unit, properties, DEFAULT, false, problems), millis(unit, properties, SLOW_QUERY_MS, problems),
                bool(unit, properties, ROW_FILTERS, true, problems));
    }

    /** The dialect names the open-source jOOQ edition supports, for messages. */
    public static List<String> supportedDialects() {
        return Arrays.stream(SQLDialect.values()).filter(SQLDialect::supported).filter(x -> x.family() == x)
                .filter(x -> x != SQLDialect.DEFAULT).map(Enum::name).toList();
    }

    private static String unsupported(String unit, String value) {
        return "Persistence unit '" + unit + "': " + DIALECT + "=" + value + " is not a dialect of the jOOQ "
                + "open-source edition; use one of " + supportedDialects();
    }

    private static boolean bool(String unit, Map<String, String> properties, String key, boolean fallback,
                                Consumer<String> problems) {
        String v = properties.get(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        if (!v.trim().equalsIgnoreCase("true") && !v.trim().equalsIgnoreCase("false")) {
            problems.accept("Persistence unit '" + unit + "': " + key + "=" + v + " is not true or false");
            return fallback;
        }
        return Boolean.parseBoolean(v.trim());
    }

    private static OptionalLong millis(String unit, Map<String, String> properties, String key,
                                       Consumer<String> problems) {
        String v = properties.get(key);
        if (v == null || v.isBlank()) {
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
        problems.accept("Persistence unit '" + unit + "': " + key + "=" + v + " is not a number of milliseconds; "
                + "use a whole number, 0 or more (0 logs every query), or leave it out to log none");
        return OptionalLong.empty();
    }
}
