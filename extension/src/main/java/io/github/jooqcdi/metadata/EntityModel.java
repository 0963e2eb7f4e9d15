package io.github.jooqcdi.metadata;

import java.util.List;
import java.util.Map;

/**
 * One entity class as the provider maps it.
 *
 * @param javaType     the entity class
 * @param entityName   the JPA entity name
 * @param primaryTable the {@link TableModel#qualifiedName()} of the table its id lives in (for a {@code JOINED}
 *                     subclass: its own table); {@code null} for an abstract {@code TABLE_PER_CLASS} root, which
 *                     Hibernate lists without a table
 * @param tables       every table whose rows this entity's mapping reads or writes: primary, joined parents,
 *                     secondary, and the join and collection tables it owns (used for cache eviction)
 * @param attributes   attribute path ({@code "price"}, {@code "address.city"}, {@code "customer"}) to its columns;
 *                     a basic attribute has one column, a to-one its join columns
 * @param readColumns  the columns the provider selects to build an instance (ids, basics, embeddeds, to-one join
 *                     columns, discriminator, version) from all of its tables, in a stable order
 * @param associations association attribute path ({@code "customer"}, {@code "lines"}, {@code "phones"}, inherited
 *                     ones included) to how it joins; what path joins follow
 */
public record EntityModel(Class<?> javaType, String entityName, String primaryTable, List<String> tables,
                          Map<String, List<ColumnRef>> attributes, List<ColumnRef> readColumns,
                          Map<String, AssociationModel> associations) {
    public EntityModel {
        tables = List.copyOf(tables);
        attributes = Map.copyOf(attributes);
        readColumns = List.copyOf(readColumns);
        associations = Map.copyOf(associations);
    }

    /** An entity without associations. */
    public EntityModel(Class<?> javaType, String entityName, String primaryTable, List<String> tables,
                       Map<String, List<ColumnRef>> attributes, List<ColumnRef> readColumns) {
        this(javaType, entityName, primaryTable, tables, attributes, readColumns, Map.of());
    }
}
