package io.github.jooqcdi.metadata;

import java.util.List;

/**
 * A foreign key from one table to another table's primary or unique key.
 *
 * @param name          the constraint name the provider gives it, or {@code null} when the database names it
 * @param columns       the referencing columns, in key order
 * @param targetTable   the referenced table's {@link TableModel#qualifiedName()}
 * @param targetColumns the referenced columns, in the same order as {@code columns}
 */
public record ForeignKeyModel(String name, List<String> columns, String targetTable, List<String> targetColumns) {
    public ForeignKeyModel {
        columns = List.copyOf(columns);
        targetColumns = List.copyOf(targetColumns);
    }
}
