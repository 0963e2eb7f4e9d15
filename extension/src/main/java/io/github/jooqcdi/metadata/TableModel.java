package io.github.jooqcdi.metadata;

import java.util.List;

/**
 * One table as the JPA provider maps it: an entity's primary or secondary table, a join table or a collection table.
 *
 * @param schema         the schema or catalog qualifier the mapping names, or {@code null}
 * @param name           the table name as the provider renders it
 * @param delimited      whether the provider quotes the name
 * @param columns        every column the provider maps in this table, in a stable order
 * @param primaryKey     the primary key, or {@code null} if the provider maps none (some collection tables)
 * @param uniqueKeys     unique constraints the provider creates (not including the primary key)
 * @param foreignKeys    foreign keys the provider creates from this table
 */
public record TableModel(String schema, String name, boolean delimited, List<ColumnModel> columns,
                         KeyModel primaryKey, List<KeyModel> uniqueKeys, List<ForeignKeyModel> foreignKeys) {

    public TableModel {
        columns = List.copyOf(columns);
        uniqueKeys = List.copyOf(uniqueKeys);
        foreignKeys = List.copyOf(foreignKeys);
    }

    /** {@code schema.name}, or {@code name} without schema: the key {@link ColumnRef#table()} refers to. */
    public String qualifiedName() {
        return qualify(schema, name);
    }

    public static String qualify(String schema, String name) {
        return schema == null || schema.isEmpty() ? name : schema + "." + name;
    }
}
