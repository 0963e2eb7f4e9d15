package io.github.jooqcdi.hibernate;

import io.github.jooqcdi.metadata.ColumnModel;
import io.github.jooqcdi.metadata.ForeignKeyModel;
import io.github.jooqcdi.metadata.KeyModel;
import io.github.jooqcdi.metadata.MappingModel;
import io.github.jooqcdi.metadata.TableModel;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Schema;
import org.jooq.Table;
import org.jooq.TableOptions;
import org.jooq.UniqueKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Compares the adapter's model with the schema Hibernate generated, read back with jOOQ's {@code Meta}. */
final class HbSchemaAssertions {

    private HbSchemaAssertions() {
    }

    /** The tables of {@code schema}, by upper-cased name, without Hibernate's temporary tables (HT_/HTE_). */
    static Map<String, Table<?>> tables(Schema schema) {
        return schema.getTables().stream()
                .filter(t -> t.getTableType() != TableOptions.TableType.TEMPORARY)
                .filter(t -> !upper(t.getName()).startsWith("HT_") && !upper(t.getName()).startsWith("HTE_"))
                .collect(Collectors.toMap(t -> upper(t.getName()), t -> t, (a, b) -> a, TreeMap::new));
    }

    static void sameTables(MappingModel model, Map<String, Table<?>> schema) {
        Set<String> modelled = model.tables().stream().map(t -> upper(t.name()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(schema.keySet(), modelled);
    }

    static void sameColumns(MappingModel model, Map<String, Table<?>> schema) {
        for (TableModel table : model.tables()) {
            Table<?> created = schema.get(upper(table.name()));
            assertEquals(new TreeSet<>(names(List.of(created.fields()))), table.columns().stream()
                    .map(c -> upper(c.name())).collect(Collectors.toCollection(TreeSet::new)), table.name());
            for (ColumnModel column : table.columns()) {
                Field<?> field = List.of(created.fields()).stream()
                        .filter(f -> f.getName().equalsIgnoreCase(column.name())).findFirst().orElse(null);
                assertNotNull(field, table.name() + "." + column.name());
                String where = table.name() + "." + column.name();
                assertEquals(field.getDataType().nullable(), column.nullable(), where + " nullable");
                if (column.length() != null) {
                    assertEquals(field.getDataType().length(), column.length(), where + " length");
                }
                if (column.precision() != null) {
                    assertEquals(field.getDataType().precision(), column.precision(), where + " precision");
                    assertEquals(field.getDataType().scale(), column.scale(), where + " scale");
                }
            }
        }
    }

    static void sameKeys(MappingModel model, Map<String, Table<?>> schema) {
        for (TableModel table : model.tables()) {
            Table<?> created = schema.get(upper(table.name()));
            UniqueKey<?> primaryKey = created.getPrimaryKey();
            if (table.primaryKey() == null) {
                assertNull(primaryKey, table.name());
            } else {
                assertEquals(names(primaryKey.getFields()), names(table.primaryKey().columns()), table.name());
            }
            List<String> createdUniques = created.getUniqueKeys().stream()
                    .filter(k -> !k.isPrimary()).map(k -> names(k.getFields()).toString()).sorted().toList();
            assertEquals(createdUniques, table.uniqueKeys().stream().map(k -> names(k.columns()).toString())
                    .sorted().toList(), table.name());
            for (KeyModel key : table.uniqueKeys()) {
                if (key.name() != null) {
                    assertTrue(created.getUniqueKeys().stream().anyMatch(k -> k.getName().equalsIgnoreCase(key.name())),
                            key.name());
                }
            }
            List<String> createdForeign = new ArrayList<>();
            for (ForeignKey<?, ?> key : created.getReferences()) {
                createdForeign.add(upper(key.getName()) + names(key.getFields()) + "->"
                        + upper(key.getKey().getTable().getName()) + names(key.getKeyFields()));
            }
            List<String> modelForeign = new ArrayList<>();
            for (ForeignKeyModel key : table.foreignKeys()) {
                String target = key.targetTable().substring(key.targetTable().lastIndexOf('.') + 1);
                modelForeign.add(upper(key.name()) + names(key.columns()) + "->" + upper(target)
                        + names(key.targetColumns()));
            }
            assertEquals(createdForeign.stream().sorted().toList(), modelForeign.stream().sorted().toList(),
                    table.name());
        }
    }

    static List<String> names(List<?> names) {
        return names.stream().map(n -> n instanceof Field<?> f ? f.getName() : n.toString())
                .map(HbSchemaAssertions::upper).toList();
    }

    static String upper(String name) {
        return name == null ? "null" : name.toUpperCase(Locale.ROOT);
    }
}
