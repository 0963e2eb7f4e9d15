package io.github.jooqcdi;

import org.jooq.DataType;

import java.util.List;

/**
 * Overrides the jOOQ data type jooq-cdi chooses for a column. Declare an application bean of this type; it is
 * asked once per column, when the unit's tables are built at startup. Several beans are asked in the order of their
 * {@code @Priority} (lowest first), each one seeing the previous one's choice.
 * <pre>{@code
 * @ApplicationScoped
 * class MoneyAsDecimal implements DataTypeOverride {
 *     public DataType<?> override(Column column) {
 *         return column.attributes().contains("Invoice.total") ? SQLDataType.DECIMAL(19, 4) : column.chosen();
 *     }
 * }
 * }</pre>
 */
public interface DataTypeOverride {

    /** The data type to use for {@code column}; return {@code column.chosen()} to keep it. */
    DataType<?> override(Column column);

    /**
     * A column whose data type is being chosen.
     *
     * @param unitName   the persistence unit
     * @param table      the table's name ({@code schema.table} when it has a schema)
     * @param column     the column's name
     * @param attributes the attributes mapped to it, as {@code EntityName.attribute.path}
     * @param chosen     jooq-cdi's choice (its {@link DataType#getType()} is the field's Java type)
     */
    record Column(String unitName, String table, String column, List<String> attributes, DataType<?> chosen) {
        /** A column; {@code attributes} is copied. */
        public Column {
            attributes = List.copyOf(attributes);
        }
    }
}
