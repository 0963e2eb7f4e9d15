package io.github.jooqcdi.eclipselink;

import io.github.jooqcdi.metadata.ColumnModel;
import io.github.jooqcdi.metadata.ForeignKeyModel;
import io.github.jooqcdi.metadata.KeyModel;
import io.github.jooqcdi.metadata.MappingModel;
import io.github.jooqcdi.metadata.TableModel;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Table;
import org.jooq.UniqueKey;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares a mapping model with the schema the provider generated, read back through jOOQ's {@code Meta}: tables,
 * columns (nullability, type family, declared length and precision), primary, unique and foreign keys (with the
 * names the provider gave them). Names compare case-insensitively, as the database matches unquoted names.
 */
final class SchemaComparison {

    private SchemaComparison() {
    }

    /** Every difference between the model's tables and the tables of {@code schema}; empty when they match. */
    static List<String> differences(MappingModel model, DSLContext dsl, String schema) {
        return differences(model, dsl, schema, Set.of());
    }

    /**
     * {@link #differences(MappingModel, DSLContext, String)}, leaving out the objects named {@code notTables} that
     * jOOQ's {@code Meta} lists as tables (on MariaDB a sequence is one).
     */
    static List<String> differences(MappingModel model, DSLContext dsl, String schema, Set<String> notTables) {
        List<String> problems = new ArrayList<>();
        Map<String, Table<?>> generated = schemaTables(dsl, schema);
        notTables.forEach(name -> generated.remove(key(name)));
        Map<String, TableModel> mapped = new TreeMap<>();
        for (TableModel table : model.tables()) {
            if (mapped.put(key(table.name()), table) != null) {
                problems.add("table " + table.qualifiedName() + " twice in the model");
            }
        }
        if (!generated.keySet().equals(mapped.keySet())) {
            problems.add("tables " + mapped.keySet() + " but generated " + generated.keySet());
        }
        for (TableModel table : mapped.values()) {
            Table<?> t = generated.get(key(table.name()));
            if (t != null) {
                compareColumns(table, t, problems);
                compareKeys(table, t, problems);
            }
        }
        return problems;
    }

    private static void compareColumns(TableModel table, Table<?> generated, List<String> problems) {
        Map<String, Field<?>> columns = new TreeMap<>();
        for (Field<?> f : generated.fields()) {
            columns.put(key(f.getName()), f);
        }
        Set<String> mappedNames = table.columns().stream().map(c -> key(c.name()))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!mappedNames.equals(columns.keySet())) {
            problems.add(table.qualifiedName() + ": columns " + mappedNames + " but generated " + columns.keySet());
            return;
        }
        for (ColumnModel column : table.columns()) {
            Field<?> f = columns.get(key(column.name()));
            if (column.nullable() != f.getDataType().nullable()) {
                problems.add(table.qualifiedName() + "." + column.name() + ": nullable " + column.nullable());
            }
            String mappedFamily = family(column.databaseType());
            String generatedFamily = family(f.getDataType().getType());
            if (!mappedFamily.equals(generatedFamily)) {
                problems.add(table.qualifiedName() + "." + column.name() + ": type " + column.databaseType()
                        + " but generated " + f.getDataType());
            }
            if (column.length() != null && f.getDataType().hasLength() && f.getDataType().lengthDefined()
                    && column.length() != f.getDataType().length()) {
                problems.add(table.qualifiedName() + "." + column.name() + ": length " + column.length()
                        + " but generated " + f.getDataType().length());
            }
            if (column.precision() != null && f.getDataType().hasPrecision()
                    && column.precision() != f.getDataType().precision()) {
                problems.add(table.qualifiedName() + "." + column.name() + ": precision " + column.precision()
                        + " but generated " + f.getDataType().precision());
            }
        }
    }

    private static void compareKeys(TableModel table, Table<?> generated, List<String> problems) {
        UniqueKey<?> pk = generated.getPrimaryKey();
        List<String> generatedPk = pk == null ? List.of() : names(pk.getFields());
        List<String> mappedPk = table.primaryKey() == null ? List.of() : keys(table.primaryKey().columns());
        if (!Set.copyOf(generatedPk).equals(Set.copyOf(mappedPk))) {
            problems.add(table.qualifiedName() + ": primary key " + mappedPk + " but generated " + generatedPk);
        }
        Set<String> generatedUniques = generated.getUniqueKeys().stream()
                .map(k -> new TreeSet<>(names(k.getFields())).toString()).collect(Collectors.toSet());
        Set<String> mappedUniques = table.uniqueKeys().stream()
                .map(k -> new TreeSet<>(keys(k.columns())).toString()).collect(Collectors.toSet());
        if (!generatedUniques.equals(mappedUniques)) {
            problems.add(table.qualifiedName() + ": unique keys " + mappedUniques + " but generated "
                    + generatedUniques);
        }
        for (KeyModel unique : table.uniqueKeys()) {
            if (unique.name() != null && generated.getUniqueKeys().stream()
                    .noneMatch(k -> k.getName().equalsIgnoreCase(unique.name()))) {
                problems.add(table.qualifiedName() + ": unique key name " + unique.name() + " not generated");
            }
        }
        Set<String> generatedFks = new TreeSet<>();
        for (ForeignKey<?, ?> fk : generated.getReferences()) {
            generatedFks.add(key(fk.getName()) + names(fk.getFields()) + "->" + key(fk.getKey().getTable().getName())
                    + names(fk.getKeyFields()));
        }
        Set<String> mappedFks = new TreeSet<>();
        for (ForeignKeyModel fk : table.foreignKeys()) {
            mappedFks.add(key(fk.name()) + keys(fk.columns()) + "->" + key(fk.targetTable())
                    + keys(fk.targetColumns()));
        }
        if (!generatedFks.equals(mappedFks)) {
            problems.add(table.qualifiedName() + ": foreign keys " + mappedFks + " but generated " + generatedFks);
        }
    }

    private static String family(Class<?> type) {
        if (type == String.class || type == Character.class) {
            return "string";
        }
        if (type == Integer.class || type == Short.class || type == Byte.class) {
            return "integer";
        }
        if (type == Long.class) {
            return "long";
        }
        if (type == BigDecimal.class || type == BigInteger.class) {
            // jOOQ reads DECIMAL(p, 0) back as BigInteger
            return "decimal";
        }
        if (type == Double.class || type == Float.class) {
            return "float";
        }
        if (type == Timestamp.class || type == LocalDateTime.class || type == OffsetDateTime.class) {
            return "timestamp";
        }
        if (type == java.sql.Date.class || type == LocalDate.class) {
            return "date";
        }
        if (type == java.sql.Time.class || type == LocalTime.class) {
            return "time";
        }
        return type.getSimpleName();
    }

    private static Map<String, Table<?>> schemaTables(DSLContext dsl, String schema) {
        Map<String, Table<?>> tables = new TreeMap<>();
        for (Table<?> t : dsl.meta().getTables()) {
            if (t.getSchema() != null && t.getSchema().getName().equalsIgnoreCase(schema)) {
                tables.put(key(t.getName()), t);
            }
        }
        return tables;
    }

    private static List<String> names(List<? extends Field<?>> fields) {
        return fields.stream().map(f -> key(f.getName())).toList();
    }

    private static List<String> names(Field<?>[] fields) {
        return names(List.of(fields));
    }

    private static List<String> keys(List<String> names) {
        return names.stream().map(SchemaComparison::key).toList();
    }

    static String key(String name) {
        return name == null ? "?" : name.toUpperCase(Locale.ROOT);
    }
}
