package io.github.jooqcdi.metadata;

/**
 * A column of a table of the model.
 *
 * @param table  the table's {@link TableModel#qualifiedName()}
 * @param column the column's name
 */
public record ColumnRef(String table, String column) {
}
