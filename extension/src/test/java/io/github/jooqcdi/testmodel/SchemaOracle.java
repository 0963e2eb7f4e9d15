package io.github.jooqcdi.testmodel;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Key;
import org.jooq.Meta;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads back the schema a JPA provider really generated in an H2 database: every table outside
 * {@code INFORMATION_SCHEMA} with its columns, primary key, unique keys and foreign keys, as plain values that a test
 * compares with what jooq-cdi builds. Names are as the database stores them (unquoted names upper-cased by H2).
 * Tables and primary and foreign keys are read through jOOQ's JDBC-backed {@link Meta}; column types and nullability
 * through JDBC {@link DatabaseMetaData#getColumns} (the database's own type names, where jOOQ would map them to its
 * own); unique constraints and table types through the standard {@code INFORMATION_SCHEMA} (JDBC metadata has no
 * notion of a unique constraint, only of unique indexes). Only base tables are read: Hibernate also creates global
 * temporary tables ({@code HT_…}, {@code HTE_…}) for its multi-table mutation strategies, listed by
 * {@link #temporaryTables}.
 */
public final class SchemaOracle {

    /** The schema H2 puts unqualified tables in. */
    public static final String DEFAULT_SCHEMA = "PUBLIC";

    /** One table. */
    public record DbTable(String schema, String name, List<DbColumn> columns, DbKey primaryKey,
                          List<DbKey> uniqueKeys, List<DbForeignKey> foreignKeys) {

        /** {@code SCHEMA.NAME}. */
        public String qualifiedName() {
            return schema + "." + name;
        }

        public Optional<DbColumn> column(String column) {
            return columns.stream().filter(c -> c.name().equalsIgnoreCase(column)).findFirst();
        }

        public List<String> columnNames() {
            return columns.stream().map(DbColumn::name).toList();
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(qualifiedName()).append(" (");
            s.append(columns.stream().map(DbColumn::toString).collect(Collectors.joining(", ")));
            s.append(")");
            if (primaryKey != null) {
                s.append("\n    PK ").append(primaryKey);
            }
            uniqueKeys.forEach(k -> s.append("\n    UK ").append(k));
            foreignKeys.forEach(k -> s.append("\n    FK ").append(k));
            return s.toString();
        }
    }

    /**
     * One column: {@code typeName} is the database's type name (e.g. {@code CHARACTER VARYING}); {@code size} the
     * length of a character or binary type, the precision of a {@code NUMERIC}/{@code DECIMAL}, else {@code null};
     * {@code scale} the scale of a {@code NUMERIC}/{@code DECIMAL}, else {@code null}.
     */
    public record DbColumn(String name, boolean nullable, String typeName, Integer size, Integer scale) {

        /** The type name with its size, e.g. {@code CHARACTER VARYING(32)} or {@code NUMERIC(12, 2)}. */
        public String type() {
            if (size == null) {
                return typeName;
            }
            return typeName + "(" + size + (scale == null ? "" : ", " + scale) + ")";
        }

        @Override
        public String toString() {
            return name + " " + type() + (nullable ? "" : " NOT NULL");
        }
    }

    /** A primary or unique key: its constraint name and its columns in key order. */
    public record DbKey(String name, List<String> columns) {
        @Override
        public String toString() {
            return name + " " + columns;
        }
    }

    /** A foreign key: name, referencing columns, referenced table and columns (in the same order). */
    public record DbForeignKey(String name, List<String> columns, String targetSchema, String targetTable,
                               List<String> targetColumns) {
        public String targetQualifiedName() {
            return targetSchema + "." + targetTable;
        }

        @Override
        public String toString() {
            return name + " " + columns + " -> " + targetQualifiedName() + " " + targetColumns;
        }
    }

    private SchemaOracle() {
    }

    /** Reads the schema of the database at {@code url} on a new plain connection. */
    public static List<DbTable> read(String url) {
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            return read(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the schema of " + url, e);
        }
    }

    /** Reads every table outside {@code INFORMATION_SCHEMA}, sorted by schema and name. */
    public static List<DbTable> read(Connection connection) {
        DSLContext dsl = DSL.using(connection, SQLDialect.H2);
        Set<String> baseTables = tableNames(dsl, true);
        Meta meta = dsl.meta();
        List<DbTable> tables = new ArrayList<>();
        for (Table<?> table : meta.getTables()) {
            String schema = table.getSchema() == null ? DEFAULT_SCHEMA : table.getSchema().getName();
            if (!baseTables.contains(schema + "." + table.getName())) {
                continue;
            }
            List<DbColumn> columns = columns(connection, schema, table.getName());
            UniqueKey<?> pk = table.getPrimaryKey();
            DbKey primaryKey = pk == null ? null : key(pk);
            List<DbForeignKey> foreignKeys = new ArrayList<>();
            for (ForeignKey<?, ?> fk : table.getReferences()) {
                Table<?> target = fk.getKey().getTable();
                foreignKeys.add(new DbForeignKey(fk.getName(), names(fk.getFields()),
                        target.getSchema() == null ? DEFAULT_SCHEMA : target.getSchema().getName(), target.getName(),
                        names(fk.getKeyFields())));
            }
            foreignKeys.sort(Comparator.comparing(DbForeignKey::toString));
            tables.add(new DbTable(schema, table.getName(), columns, primaryKey,
                    uniqueKeys(dsl, schema, table.getName()), foreignKeys));
        }
        tables.sort(Comparator.comparing(DbTable::qualifiedName));
        return tables;
    }

    /** The qualified names of the temporary tables (and other non-base tables) outside {@code INFORMATION_SCHEMA}. */
    public static Set<String> temporaryTables(String url) {
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            return tableNames(DSL.using(connection, SQLDialect.H2), false);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the schema of " + url, e);
        }
    }

    private static Set<String> tableNames(DSLContext dsl, boolean base) {
        Field<String> schema = DSL.field(DSL.name("TABLE_SCHEMA"), String.class);
        Field<String> name = DSL.field(DSL.name("TABLE_NAME"), String.class);
        Field<String> type = DSL.field(DSL.name("TABLE_TYPE"), String.class);
        return dsl.select(schema, name).from(DSL.table(DSL.name("INFORMATION_SCHEMA", "TABLES")))
                .where(schema.ne("INFORMATION_SCHEMA"))
                .and(base ? type.eq("BASE TABLE") : type.ne("BASE TABLE"))
                .fetch(r -> r.value1() + "." + r.value2())
                .stream().collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<DbColumn> columns(Connection connection, String schema, String table) {
        List<DbColumn> columns = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getColumns(null, schema, table, null)) {
            while (rs.next()) {
                String type = rs.getString("TYPE_NAME");
                int size = rs.getInt("COLUMN_SIZE");
                int digits = rs.getInt("DECIMAL_DIGITS");
                boolean hasDigits = !rs.wasNull();
                Integer columnSize = null;
                Integer scale = null;
                if (type.equals("NUMERIC") || type.equals("DECIMAL")) {
                    columnSize = size;
                    scale = hasDigits ? digits : null;
                } else if (type.contains("CHARACTER") || type.contains("BINARY")) {
                    columnSize = size;
                }
                columns.add(new DbColumn(rs.getString("COLUMN_NAME"),
                        rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls, type, columnSize, scale));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the columns of " + schema + "." + table, e);
        }
        return columns;
    }

    /** The table with this (case-insensitive) name, in any schema. */
    public static Optional<DbTable> table(List<DbTable> tables, String name) {
        return tables.stream().filter(t -> t.name().equalsIgnoreCase(name)
                || t.qualifiedName().equalsIgnoreCase(name)).findFirst();
    }

    /** A multi-line listing, for messages and logs. */
    public static String describe(List<DbTable> tables) {
        return tables.stream().map(DbTable::toString).collect(Collectors.joining("\n"));
    }

    private static List<DbKey> uniqueKeys(DSLContext dsl, String schema, String table) {
        var tc = DSL.table(DSL.name("INFORMATION_SCHEMA", "TABLE_CONSTRAINTS"));
        var kcu = DSL.table(DSL.name("INFORMATION_SCHEMA", "KEY_COLUMN_USAGE"));
        Field<String> tcSchema = DSL.field(DSL.name("TABLE_CONSTRAINTS", "CONSTRAINT_SCHEMA"), String.class);
        Field<String> tcName = DSL.field(DSL.name("TABLE_CONSTRAINTS", "CONSTRAINT_NAME"), String.class);
        Field<String> kcuSchema = DSL.field(DSL.name("KEY_COLUMN_USAGE", "CONSTRAINT_SCHEMA"), String.class);
        Field<String> kcuName = DSL.field(DSL.name("KEY_COLUMN_USAGE", "CONSTRAINT_NAME"), String.class);
        Field<String> column = DSL.field(DSL.name("KEY_COLUMN_USAGE", "COLUMN_NAME"), String.class);
        Field<Integer> position = DSL.field(DSL.name("KEY_COLUMN_USAGE", "ORDINAL_POSITION"), Integer.class);
        var rows = dsl.select(tcName, column)
                .from(tc).join(kcu).on(tcSchema.eq(kcuSchema)).and(tcName.eq(kcuName))
                .where(DSL.field(DSL.name("TABLE_CONSTRAINTS", "TABLE_SCHEMA"), String.class).eq(schema))
                .and(DSL.field(DSL.name("TABLE_CONSTRAINTS", "TABLE_NAME"), String.class).eq(table))
                .and(DSL.field(DSL.name("TABLE_CONSTRAINTS", "CONSTRAINT_TYPE"), String.class).eq("UNIQUE"))
                .orderBy(tcName, position)
                .fetch();
        var byName = new java.util.LinkedHashMap<String, List<String>>();
        rows.forEach(r -> byName.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return byName.entrySet().stream().map(e -> new DbKey(e.getKey(), e.getValue())).toList();
    }

    private static DbKey key(Key<?> key) {
        return new DbKey(key.getName(), names(key.getFields()));
    }

    private static List<String> names(List<? extends Field<?>> fields) {
        return fields.stream().map(Field::getName).toList();
    }

    /** Upper-cases a name as H2 does with unquoted identifiers. */
    public static String normal(String name) {
        return name == null ? null : name.toUpperCase(Locale.ROOT);
    }
}
