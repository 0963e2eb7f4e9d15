package io.github.jooqcdi.tables;

import io.github.jooqcdi.DataTypeOverride;
import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.metadata.AttributeConverters;
import io.github.jooqcdi.metadata.ColumnModel;
import io.github.jooqcdi.metadata.ColumnRef;
import io.github.jooqcdi.metadata.EntityModel;
import io.github.jooqcdi.metadata.ForeignKeyModel;
import io.github.jooqcdi.metadata.KeyModel;
import io.github.jooqcdi.metadata.MappingModel;
import io.github.jooqcdi.metadata.MappingModelBuilder;
import io.github.jooqcdi.metadata.TableModel;
import org.jooq.Converter;
import org.jooq.DataType;
import org.jooq.Name;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Schema;
import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultDataType;
import org.jooq.impl.Internal;
import org.jooq.impl.SQLDataType;
import org.jooq.tools.reflect.Reflect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static io.github.jooqcdi.metadata.MappingModelBuilder.key;

/**
 * Builds a unit's jOOQ tables, fields and keys from the neutral {@link MappingModel}, once, at startup.
 */
public final class EntityTablesBuilder {

    private static final System.Logger LOG = System.getLogger(EntityTablesBuilder.class.getName());

    private EntityTablesBuilder() {
    }

    /** Builds the tables of a unit with jooq-cdi's own choice of data types. */
    public static EntityTables build(String unitName, SQLDialect dialect, MappingModel model) {
        return build(unitName, dialect, model, List.of());
    }

    /** Builds the tables of a unit; each override is asked, in order, for the data type of every column. */
    public static EntityTables build(String unitName, SQLDialect dialect, MappingModel model,
                                     List<DataTypeOverride> overrides) {
        Map<String, List<String>> attributesByColumn = attributesByColumn(model);
        Map<String, MappedTable> tables = new LinkedHashMap<>();
        Map<String, TableField<Record, ?>> fields = new HashMap<>();
        Map<String, Schema> schemas = new HashMap<>();
        List<String> degraded = new ArrayList<>();

        for (TableModel t : model.tables()) {
            Schema schema = t.schema() == null || t.schema().isEmpty() ? null
                    : schemas.computeIfAbsent(key(t.schema()), k -> DSL.schema(name(t.schema(), t.delimited())));
            MappedTable table = new MappedTable(name(t.name(), t.delimited()), schema);
            tables.put(key(t.qualifiedName()), table);
            for (ColumnModel c : t.columns()) {
                DataType<?> ours = dataType(dialect, c);
                DataType<?> chosen = ours;
                for (DataTypeOverride override : overrides) {
                    chosen = Objects.requireNonNull(override.override(new DataTypeOverride.Column(unitName,
                            t.qualifiedName(), c.name(),
                            attributesByColumn.getOrDefault(columnKey(t.qualifiedName(), c.name()), List.of()),
                            chosen)), () -> override + " returned no data type for " + t.qualifiedName() + "."
                            + c.name());
                }
                if (chosen == ours && ours.getSQLDataType() == SQLDataType.OTHER) {
                    degraded.add(t.qualifiedName() + "." + c.name() + " ("
                            + (c.databaseType() == null ? "no Java type" : c.databaseType().getName()) + ")");
                }
                TableField<Record, ?> field = table.addField(name(c.name(), c.delimited()), chosen);
                fields.put(columnKey(t.qualifiedName(), c.name()), field);
                if (c.identity()) {
                    table.identity(field);
                }
            }
        }
        for (TableModel t : model.tables()) {
            MappedTable table = tables.get(key(t.qualifiedName()));
            if (t.primaryKey() != null) {
                table.primaryKey(uniqueKey(table, t, t.primaryKey(), "PK_", fields));
            }
            for (KeyModel k : t.uniqueKeys()) {
                table.uniqueKey(uniqueKey(table, t, k, "UK_", fields));
            }
        }
        for (TableModel t : model.tables()) {
            for (ForeignKeyModel fk : t.foreignKeys()) {
                foreignKey(tables.get(key(t.qualifiedName())), t, fk, tables, fields);
            }
        }
        if (!degraded.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "jooq-cdi: persistence unit '" + unitName + "': " + degraded.size()
                    + " column(s) have no jOOQ data type and are typed OTHER (values pass to and from JDBC as they are; "
                    + "comparisons, literals and converters may not work): " + String.join(", ", degraded)
                    + ". Give each a data type with a DataTypeOverride bean.");
        }
        return new MappedEntityTables(unitName, dialect, model, tables, fields, degraded.size());
    }

    /** How many columns of {@code tables} (built here) are typed OTHER for want of a jOOQ data type. */
    public static int degradedColumns(EntityTables tables) {
        return tables instanceof MappedEntityTables mapped ? mapped.degradedColumns() : 0;
    }

    /** The data type of a column: its database type, length, precision, scale, nullability and converter. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static DataType<?> dataType(SQLDialect dialect, ColumnModel c) {
        DataType<?> type = baseType(dialect, c);
        if (c.length() != null && c.length() > 0 && type.hasLength()) {
            type = type.length(c.length());
        }
        if (c.precision() != null && c.precision() > 0 && type.hasPrecision()) {
            type = c.scale() != null && type.hasScale() ? type.precision(c.precision(), c.scale())
                    : type.precision(c.precision());
        }
        type = type.nullable(c.nullable());
        if (c.identity()) {
            type = type.identity(true);
        }
        if (c.converter() != null) {
            type = type.asConvertedDataType((Converter) c.converter());
        }
        return type;
    }

    private static DataType<?> baseType(SQLDialect dialect, ColumnModel c) {
        Class<?> javaType = c.databaseType() == null ? Object.class : c.databaseType();
        if (c.lob() && javaType == String.class) {
            return SQLDataType.CLOB;
        }
        if (c.lob() && javaType == byte[].class) {
            return SQLDataType.BLOB;
        }
        if (javaType == Object.class) {
            return SQLDataType.OTHER;
        }
        if (javaType == Character.class || javaType == char.class) {
            return SQLDataType.CHAR(1).asConvertedDataType(AttributeConverters.CHARACTER);
        }
        try {
            return DefaultDataType.getDataType(dialect, Reflect.wrapper(javaType));
        } catch (RuntimeException e) {
            return SQLDataType.OTHER; // reported once for the unit, with the others (build)
        }
    }


    private static UniqueKey<Record> uniqueKey(MappedTable table, TableModel t, KeyModel k, String prefix,
                                               Map<String, TableField<Record, ?>> fields) {
        TableField<Record, ?>[] keyFields = fields(t, k.columns(), fields);
        String keyName = k.name() != null ? k.name() : prefix + t.name() + "_" + String.join("_", k.columns());
        return Internal.createUniqueKey(table, name(keyName, false), keyFields, true);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void foreignKey(MappedTable table, TableModel t, ForeignKeyModel fk,
                                   Map<String, MappedTable> tables, Map<String, TableField<Record, ?>> fields) {
        MappedTable target = tables.get(key(fk.targetTable()));
        if (target == null) {
            LOG.log(System.Logger.Level.WARNING, () -> "Foreign key " + fk + " of " + t.qualifiedName()
                    + " references a table the unit does not map: left out");
            return;
        }
        List<UniqueKey<Record>> candidates = new ArrayList<>();
        if (target.getPrimaryKey() != null) {
            candidates.add(target.getPrimaryKey());
        }
        candidates.addAll(target.getUniqueKeys());
        for (UniqueKey<Record> referenced : candidates) {
            List<String> referencedColumns = referenced.getFields().stream().map(f -> key(f.getName())).toList();
            List<String> targetColumns = fk.targetColumns().stream().map(MappingModelBuilder::key).toList();
            if (referencedColumns.size() != targetColumns.size() || !referencedColumns.containsAll(targetColumns)) {
                continue;
            }
            // order the referencing columns like the referenced key's columns
            List<String> ordered = referencedColumns.stream()
                    .map(rc -> fk.columns().get(targetColumns.indexOf(rc))).toList();
            String fkName = fk.name() != null ? fk.name()
                    : "FK_" + t.name() + "_" + String.join("_", fk.columns());
            table.foreignKey(Internal.createForeignKey(table, name(fkName, false), fields(t, ordered, fields),
                    (UniqueKey) referenced, referenced.getFieldsArray(), true));
            return;
        }
        LOG.log(System.Logger.Level.WARNING, () -> "Foreign key " + fk + " of " + t.qualifiedName()
                + " references no primary or unique key of " + fk.targetTable() + ": left out");
    }

    @SuppressWarnings("unchecked")
    private static TableField<Record, ?>[] fields(TableModel t, List<String> columns,
                                                  Map<String, TableField<Record, ?>> fields) {
        return columns.stream().map(c -> {
            TableField<Record, ?> f = fields.get(columnKey(t.qualifiedName(), c));
            if (f == null) {
                throw new IllegalStateException("Key column " + c + " is not a column of " + t.qualifiedName());
            }
            return f;
        }).toArray(TableField[]::new);
    }

    private static Map<String, List<String>> attributesByColumn(MappingModel model) {
        Map<String, List<String>> byColumn = new HashMap<>();
        for (EntityModel e : model.entities()) {
            e.attributes().forEach((path, refs) -> {
                for (ColumnRef ref : refs) {
                    byColumn.computeIfAbsent(columnKey(ref.table(), ref.column()), k -> new ArrayList<>())
                            .add(e.entityName() + "." + path);
                }
            });
        }
        return byColumn;
    }

    static Name name(String name, boolean delimited) {
        return delimited ? DSL.quotedName(name) : DSL.unquotedName(name);
    }


    static String columnKey(String table, String column) {
        return key(table) + "\u0000" + key(column);
    }

}
