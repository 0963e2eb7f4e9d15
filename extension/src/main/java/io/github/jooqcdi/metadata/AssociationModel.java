package io.github.jooqcdi.metadata;

import java.util.List;

/**
 * How an association attribute (to-one, one-to-many, many-to-many, element collection) joins its owner's rows to the
 * rows of its target, as the provider maps it: one step per table on the way (two through a join table).
 *
 * @param target the target entity class, or {@code null} for an element collection (its rows are the collection
 *               table's)
 * @param steps  the joins from a table of the owning entity to the target's table, in order
 */
public record AssociationModel(Class<?> target, List<JoinStep> steps) {

    public AssociationModel {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("An association joins through at least one step");
        }
    }

    /**
     * One join between two tables: {@code fromTable.fromColumns[i] = toTable.toColumns[i]} for every {@code i}.
     *
     * @param fromTable   the {@link TableModel#qualifiedName()} of the table joined from
     * @param fromColumns its columns, in the same order as {@code toColumns}
     * @param toTable     the {@link TableModel#qualifiedName()} of the table joined to
     * @param toColumns   its columns
     */
    public record JoinStep(String fromTable, List<String> fromColumns, String toTable, List<String> toColumns) {
        public JoinStep {
            fromColumns = List.copyOf(fromColumns);
            toColumns = List.copyOf(toColumns);
            if (fromColumns.isEmpty() || fromColumns.size() != toColumns.size()) {
                throw new IllegalArgumentException("A join step from " + fromTable + " " + fromColumns + " to "
                        + toTable + " " + toColumns + " needs as many columns on each side, at least one");
            }
        }
    }
}
