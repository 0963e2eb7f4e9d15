package io.github.jooqcdi.metadata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Collects tables, columns and keys while a provider's mapping reader walks its descriptors, merging what several
 * entities map into the same table (single-table inheritance, shared join tables) so that each table, column and key
 * appears once. Table and column names are matched case-insensitively, as the database matches unquoted names.
 */
public final class MappingModelBuilder {

    private final Map<String, TableBuilder> tables = new LinkedHashMap<>();
    private final List<EntityModel> entities = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    /** The table with this schema and name, created on first use. */
    public TableBuilder table(String schema, String name, boolean delimited) {
        String key = key(TableModel.qualify(schema, name));
        return tables.computeIfAbsent(key, k -> new TableBuilder(schema, name, delimited));
    }

    public MappingModelBuilder entity(EntityModel entity) {
        entities.add(entity);
        return this;
    }

    public MappingModelBuilder warning(String warning) {
        warnings.add(warning);
        return this;
    }

    public MappingModel build() {
        return new MappingModel(tables.values().stream().map(TableBuilder::build).toList(), entities, warnings);
    }

    /** How the database matches unquoted names: the key that compares table and column names in jooq-cdi. */
    public static String key(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    /** One table being collected. */
    public static final class TableBuilder {
        private final String schema;
        private final String name;
        private final boolean delimited;
        private final Map<String, ColumnModel> columns = new LinkedHashMap<>();
        private KeyModel primaryKey;
        private final List<KeyModel> uniqueKeys = new ArrayList<>();
        private final List<ForeignKeyModel> foreignKeys = new ArrayList<>();

        TableBuilder(String schema, String name, boolean delimited) {
            this.schema = schema;
            this.name = name;
            this.delimited = delimited;
        }

        public String qualifiedName() {
            return TableModel.qualify(schema, name);
        }

        /** Adds a column, or merges it with the column of the same name already added. */
        public TableBuilder column(ColumnModel column) {
            columns.merge(key(column.name()), column, ColumnModel::mergedWith);
            return this;
        }

        /** Sets the primary key unless one is set already (the first mapping that defines it wins). */
        public TableBuilder primaryKey(KeyModel key) {
            if (primaryKey == null && key != null && !key.columns().isEmpty()) {
                primaryKey = key;
            }
            return this;
        }

        /** Adds a unique key unless a key over the same columns is there already. */
        public TableBuilder uniqueKey(KeyModel key) {
            if (uniqueKeys.stream().noneMatch(k -> sameColumns(k.columns(), key.columns()))) {
                uniqueKeys.add(key);
            }
            return this;
        }

        /** Adds a foreign key unless one over the same columns to the same table is there already. */
        public TableBuilder foreignKey(ForeignKeyModel key) {
            if (foreignKeys.stream().noneMatch(k -> sameColumns(k.columns(), key.columns())
                    && key(k.targetTable()).equals(key(key.targetTable())))) {
                foreignKeys.add(key);
            }
            return this;
        }

        TableModel build() {
            List<KeyModel> uniques = uniqueKeys.stream()
                    .filter(k -> primaryKey == null || !sameColumns(k.columns(), primaryKey.columns()))
                    .toList();
            return new TableModel(schema, name, delimited, new ArrayList<>(columns.values()), primaryKey, uniques,
                    foreignKeys);
        }

        private static boolean sameColumns(List<String> a, List<String> b) {
            return a.size() == b.size() && a.stream().map(MappingModelBuilder::key).toList()
                    .containsAll(b.stream().map(MappingModelBuilder::key).toList());
        }

        @Override
        public String toString() {
            return Objects.toString(qualifiedName());
        }
    }
}
