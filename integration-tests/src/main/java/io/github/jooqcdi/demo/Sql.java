package io.github.jooqcdi.demo;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.demo.shop.OrderLine;
import io.github.jooqcdi.demo.shop.OrderLine_;
import io.github.jooqcdi.demo.shop.OrderStatus;
import io.github.jooqcdi.demo.shop.PurchaseOrder_;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;

import java.math.BigDecimal;

/** Small helpers the demo's queries share. */
public final class Sql {

    private Sql() {
    }

    /** A field of an attribute path, typed: e.g. the join column of a to-one ({@code "customer"}). */
    @SuppressWarnings("unchecked")
    public static <T> Field<T> typed(Field<?> field, Class<T> type) {
        return type.equals(field.getType()) ? (Field<T>) field : field.coerce(type);
    }

    /** A column of a table by its SQL name, case-insensitive (e.g. a discriminator column, which no attribute maps). */
    public static <T> Field<T> column(Table<?> table, String name, Class<T> type) {
        for (Field<?> field : table.fields()) {
            if (field.getName().equalsIgnoreCase(name)) {
                return typed(field, type);
            }
        }
        throw new IllegalArgumentException("no column " + name + " in " + table);
    }

    /** {@code order_line.unit_price * order_line.quantity} */
    public static Field<BigDecimal> lineAmount(EntityTables t) {
        return t.field(OrderLine_.unitPrice).times(t.field(OrderLine_.quantity));
    }

    /** Orders that count as revenue. */
    public static Condition notCancelled(EntityTables t) {
        return t.field(PurchaseOrder_.status).ne(OrderStatus.CANCELLED);
    }

    /** The table of order lines (used in every revenue query). */
    public static Table<?> lines(EntityTables t) {
        return t.table(OrderLine.class);
    }
}
