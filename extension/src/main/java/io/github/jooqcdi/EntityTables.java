package io.github.jooqcdi;

import jakarta.persistence.metamodel.SingularAttribute;
import org.jooq.Field;
import org.jooq.Meta;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;

import java.util.Collection;
import java.util.List;

/**
 * The jOOQ tables, fields and keys of one persistence unit, built once at startup from the JPA provider's runtime
 * mapping. Every table carries its primary, unique and foreign keys, so {@code join(...).onKey()} and implicit joins
 * work. All lookups that take a name throw {@link IllegalArgumentException} naming the closest known names, so names
 * from user input are checked before they reach SQL.
 */
public interface EntityTables {

    /** The persistence unit's name. */
    String unitName();

    /** The SQL dialect queries of this unit are rendered in. */
    SQLDialect dialect();

    /**
     * A table by its SQL name (case-insensitive, optionally {@code schema.table}; join and collection tables included)
     * or by entity name. A name that is a table and another entity's name means the table.
     */
    Table<Record> table(String name);

    /** The primary table of an entity class (for a {@code JOINED} subclass: its own table). */
    Table<Record> table(Class<?> entityClass);

    /**
     * The typed field of a basic attribute from the JPA static metamodel ({@code Widget_.price} gives a
     * {@code Field<BigDecimal>}), qualified by its table. To-one, embedded and composite attributes: use
     * {@link #field(Class, String)}.
     */
    <X, T> Field<T> field(SingularAttribute<X, T> attribute);

    /**
     * The field of an attribute path: {@code "price"}, {@code "address.city"} (embedded), or {@code "customer"}
     * (the join column of a to-one association), qualified by its table. Paths are case-sensitive; an unknown one is
     * rejected with the closest of these paths (never an embedded attribute itself, on every provider).
     */
    Field<?> field(Class<?> entityClass, String attributePath);

    /** The columns the entity's mapping reads, in the order {@link QueryExecutor#fetchEntities} expects to select. */
    List<Field<?>> entityFields(Class<?> entityClass);

    /** Every table of the unit. */
    Collection<Table<?>> all();

    /** A jOOQ {@link Meta} over all tables of the unit ({@code meta().ddl()} prints their DDL). */
    Meta meta();
}
