package io.github.jooqcdi.execution;

import io.github.jooqcdi.EntityTables;
import jakarta.persistence.EntityManager;
import org.jooq.Configuration;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Param;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
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

    /** The unit's renderer of native queries, made once at startup: JPA positional parameters {@code ?1..?n}. */
    @SuppressWarnings("unchecked")
    static DSLContext renderer(Configuration unitConfiguration) {
        return DSL.using(unitConfiguration.deriveSettings(s -> s
                .withParamType(ParamType.NAMED).withRenderNamedParamPrefix("?")));
    }

    /**
     * @param jpa   the unit's {@link #renderer}; it only renders, the entity manager runs the query
     * @param hints the provider's hints for such queries ({@code JpaProviderAdapter.nativeQueryHints})
     */
    static <E> List<E> fetch(EntityManager em, DSLContext jpa, Map<String, Object> hints, EntityTables tables,
                             ResultQuery<?> query, Class<E> entityClass) {
        checkSelectList(tables, query, entityClass);
        String sql = jpa.render(query);
        jakarta.persistence.Query nativeQuery = em.createNativeQuery(sql, entityClass);
        hints.forEach(nativeQuery::setHint);
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

    /**
     * The select list must hold every field of {@code entityFields}, matched by table and column, and no other column
     * under one of their names: the provider reads result columns by name. The entity's own fields may share a name
     * (the id columns of a {@code JOINED} hierarchy or a secondary table).
     */
    private static void checkSelectList(EntityTables tables, ResultQuery<?> query, Class<?> entityClass) {
        List<Field<?>> expected = tables.entityFields(entityClass);
        Set<String> entityFields = expected.stream().map(NativeEntityQuery::key).collect(Collectors.toSet());
        Set<String> selected = new HashSet<>();
        Map<String, List<Field<?>>> selectedByName = new LinkedHashMap<>();
        // a Select's fields() are those of it as a derived table (qualified by a generated alias): use its select list
        for (Field<?> f : query instanceof Select<?> select ? select.getSelect() : Arrays.asList(query.fields())) {
            selected.add(key(f));
            selectedByName.computeIfAbsent(f.getName().toUpperCase(Locale.ROOT), n -> new ArrayList<>()).add(f);
        }
        List<String> problems = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> instead = new ArrayList<>();
        for (Field<?> f : expected) {
            if (!selected.contains(key(f))) {
                missing.add(qualified(f));
                for (Field<?> other : selectedByName.getOrDefault(f.getName().toUpperCase(Locale.ROOT), List.of())) {
                    if (!entityFields.contains(key(other))) {
                        instead.add(qualified(other));
                    }
                }
            }
        }
        if (!missing.isEmpty()) {
            problems.add("the select list lacks " + missing + (instead.isEmpty() ? "" : " but has " + instead));
        }
        for (List<Field<?>> sameName : selectedByName.values()) {
            if (sameName.size() > 1 && !sameName.stream().allMatch(f -> entityFields.contains(key(f)))) {
                problems.add("the select list has more than one column named " + sameName.get(0).getName() + " "
                        + sameName.stream().map(NativeEntityQuery::qualified).toList());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("fetchEntities(query, " + entityClass.getSimpleName()
                    + ".class) needs the columns the entity's mapping reads, and no other column of the same name; "
                    + String.join("; ", problems) + ". Select tables().entityFields("
                    + entityClass.getSimpleName() + ".class)");
        }
    }

    /** Table and column, case-insensitive. */
    private static String key(Field<?> field) {
        return qualified(field).toUpperCase(Locale.ROOT);
    }

    private static String qualified(Field<?> field) {
        return Arrays.stream(field.getQualifiedName().parts()).map(Name::last).collect(Collectors.joining("."));
    }
}
