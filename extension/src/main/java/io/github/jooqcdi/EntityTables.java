package io.github.jooqcdi;

import jakarta.persistence.metamodel.Attribute;
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

    /**
     * A path table along associations of the static metamodel, rooted at the table of the first attribute's entity:
     * {@code path(Loan_.book)}, {@code path(Loan_.book, Book_.authors)}. It is a jOOQ path, as generated code's
     * {@code LOAN.book()} is: {@code from(table(Loan.class)).join(path(Loan_.book))} needs no {@code ON}, and fields of
     * a to-one path ({@link #field(Table, SingularAttribute)}) join implicitly. To-one, one-to-many, many-to-many
     * (through the join table), element collections (the path is the collection table) and subclass attributes
     * (through the subclass's {@code JOINED} table) are followed as the provider maps them.
     *
     * @throws IllegalArgumentException for an attribute that is not an association (naming the closest ones), or
     *                                  that does not belong to the entity the path reached
     */
    PathTable path(Attribute<?, ?>... associations);

    /**
     * The path table of an association path from an entity, {@code path(Loan.class, "book.authors")}; as
     * {@link #path(Attribute[])}. An attribute of a subclass of the entity reached is found by its name.
     */
    PathTable path(Class<?> root, String attributePath);

    /**
     * The typed field of a basic attribute in a path table (or a table) of this unit: {@code field(path(Loan_.book),
     * Book_.title)}. An attribute stored in another table of the entity ({@code JOINED} parent, secondary table) is
     * reached through the primary-key join to it. Columns of a collection table: use {@code path.field(name)}.
     */
    <T> Field<T> field(Table<?> pathTable, SingularAttribute<?, T> attribute);

    /** The columns the entity's mapping reads, in the order {@link QueryExecutor#fetchEntities} expects to select. */
    List<Field<?>> entityFields(Class<?> entityClass);

    /** Every table of the unit. */
    Collection<Table<?>> all();

    /** A jOOQ {@link Meta} over all tables of the unit ({@code meta().ddl()} prints their DDL). */
    Meta meta();
}
