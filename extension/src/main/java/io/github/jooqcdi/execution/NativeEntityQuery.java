package io.github.jooqcdi.execution;

import io.github.jooqcdi.EntityTables;
import jakarta.persistence.EntityManager;
import org.jooq.Configuration;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.ResultQuery;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs a jOOQ select through the unit's {@code EntityManager} as a native query, so that the provider builds managed
 * entities: rendered with JPA positional parameters {@code ?1..?n}, bound with the database values of jOOQ's
 * parameters (after their converters).
 */
final class NativeEntityQuery {

    private NativeEntityQuery() {
    }

    @SuppressWarnings("unchecked")
    /** The unit's renderer of native queries, made once at startup: JPA positional parameters {@code ?1..?n}. */
    static DSLContext renderer(Configuration unitConfiguration) {
        return DSL.using(unitConfiguration.deriveSettings(s -> s
                .withParamType(ParamType.NAMED).withRenderNamedParamPrefix("?")));
    }

    /** @param jpa the unit's {@link #renderer}; it only renders, the entity manager runs the query */
    static <E> List<E> fetch(EntityManager em, DSLContext jpa, EntityTables tables, ResultQuery<?> query,
                             Class<E> entityClass) {
        checkSelectList(tables, query, entityClass);
        String sql = jpa.render(query);
        jakarta.persistence.Query nativeQuery = em.createNativeQuery(sql, entityClass);
        // EclipseLink refuses native queries in a unit with @Multitenant entities unless the query allows them;
        // other providers ignore the hint
        nativeQuery.setHint("eclipselink.jdbc.allow-native-sql-query", true);
        for (Map.Entry<String, Param<?>> p : jpa.extractParams(query).entrySet()) {
            if (p.getValue().isInline()) {
                continue;
            }
            int position;
            try {
                position = Integer.parseInt(p.getKey());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("fetchEntities cannot bind the named parameter '" + p.getKey()
                        + "': JPA native queries take positional parameters; use an unnamed bind value");
            }
            nativeQuery.setParameter(position, databaseValue(p.getValue()));
        }
        return nativeQuery.getResultList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object databaseValue(Param<?> param) {
        Converter converter = param.getConverter();
        return converter.to(param.getValue());
    }

    private static void checkSelectList(EntityTables tables, ResultQuery<?> query, Class<?> entityClass) {
        Set<String> selected = Arrays.stream(query.fields()).map(f -> f.getName().toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (Field<?> f : tables.entityFields(entityClass)) {
            if (!selected.contains(f.getName().toUpperCase(Locale.ROOT))) {
                missing.add(f.getName());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("fetchEntities(query, " + entityClass.getSimpleName()
                    + ".class) needs the columns the entity's mapping reads; the select list lacks " + missing
                    + ". Select tables().entityFields(" + entityClass.getSimpleName() + ".class)");
        }
    }
}
