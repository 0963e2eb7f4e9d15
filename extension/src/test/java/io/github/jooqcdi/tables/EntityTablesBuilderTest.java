package io.github.jooqcdi.tables;

import io.github.jooqcdi.DataTypeOverride;
import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.metadata.AttributeConverters;
import io.github.jooqcdi.metadata.ColumnModel;
import io.github.jooqcdi.metadata.ColumnRef;
import io.github.jooqcdi.metadata.EntityModel;
import io.github.jooqcdi.metadata.ForeignKeyModel;
import io.github.jooqcdi.metadata.KeyModel;
import io.github.jooqcdi.metadata.MappingModel;
import io.github.jooqcdi.metadata.MappingModelBuilder;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model-to-jOOQ step alone, on a hand-made model of two tables. */
class EntityTablesBuilderTest {

    enum Status { OPEN, CLOSED }

    static class Customer {
    }

    static class Order {
    }

    static MappingModel model() {
        MappingModelBuilder b = new MappingModelBuilder();
        b.table(null, "CUSTOMER", false)
                .column(column("ID", Long.class, false, null))
                .column(column("NAME", String.class, true, null))
                .primaryKey(new KeyModel(null, List.of("ID")))
                .uniqueKey(new KeyModel("UK_CUSTOMER_NAME", List.of("NAME")));
        b.table("SALES", "ORDERS", false)
                .column(column("ID", Long.class, false, null))
                .column(new ColumnModel("TOTAL", false, BigDecimal.class, false, null, 10, 2, true, false, null))
                .column(column("STATUS", Integer.class, true, AttributeConverters.ordinal(Status.class)))
                .column(column("CUSTOMER_ID", Long.class, true, null))
                .primaryKey(new KeyModel("PK_ORDERS", List.of("ID")))
                .foreignKey(new ForeignKeyModel("FK_ORDERS_CUSTOMER", List.of("CUSTOMER_ID"), "CUSTOMER", List.of("ID")));
        b.entity(new EntityModel(Customer.class, "Customer", "CUSTOMER", List.of("CUSTOMER"),
                Map.of("id", List.of(new ColumnRef("CUSTOMER", "ID")), "name", List.of(new ColumnRef("CUSTOMER", "NAME"))),
                List.of(new ColumnRef("CUSTOMER", "ID"), new ColumnRef("CUSTOMER", "NAME"))));
        b.entity(new EntityModel(Order.class, "PurchaseOrder", "SALES.ORDERS", List.of("SALES.ORDERS"),
                Map.of("id", List.of(new ColumnRef("SALES.ORDERS", "ID")),
                        "status", List.of(new ColumnRef("SALES.ORDERS", "STATUS")),
                        "customer", List.of(new ColumnRef("SALES.ORDERS", "CUSTOMER_ID"))),
                List.of(new ColumnRef("SALES.ORDERS", "ID"))));
        return b.build();
    }

    static ColumnModel column(String name, Class<?> type, boolean nullable, org.jooq.Converter<?, ?> converter) {
        return new ColumnModel(name, false, type, false, null, null, null, nullable, false, converter);
    }

    @Test
    void tablesByNameEntityAndClassWithKeys() {
        EntityTables tables = EntityTablesBuilder.build("shop", SQLDialect.H2, model());
        Table<Record> orders = tables.table("orders");
        assertSame(orders, tables.table("sales.ORDERS"));
        assertSame(orders, tables.table("PurchaseOrder"));
        assertSame(orders, tables.table(Order.class));
        assertEquals("SALES", orders.getSchema().getName());
        assertEquals(List.of("ID"), orders.getPrimaryKey().getFields().stream().map(Field::getName).toList());
        assertEquals("FK_ORDERS_CUSTOMER", orders.getReferences().get(0).getName());
        assertEquals(1, tables.table("CUSTOMER").getUniqueKeys().size());
        String sql = DSL.using(SQLDialect.H2).renderInlined(DSL.select(orders.field("TOTAL"))
                .from(orders).join(tables.table("CUSTOMER")).onKey());
        assertTrue(sql.contains("join CUSTOMER on SALES.ORDERS.CUSTOMER_ID = CUSTOMER.ID"), sql);
    }

    @Test
    void fieldTypesFollowTheAttribute() {
        EntityTables tables = EntityTablesBuilder.build("shop", SQLDialect.H2, model());
        assertEquals(Status.class, tables.field(Order.class, "status").getType());
        assertEquals(Long.class, tables.field(Order.class, "customer").getType());
        Field<?> total = tables.table("ORDERS").field("TOTAL");
        assertEquals(10, total.getDataType().precision());
        assertEquals(2, total.getDataType().scale());
    }

    @Test
    void unknownNamesNameTheClosestOnes() {
        EntityTables tables = EntityTablesBuilder.build("shop", SQLDialect.H2, model());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tables.table("ORDER"));
        assertTrue(e.getMessage().contains("'ORDER'") && e.getMessage().contains("ORDERS"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> tables.field(Order.class, "stauts"));
        assertTrue(e.getMessage().contains("stauts") && e.getMessage().contains("status"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> tables.table(String.class));
        assertTrue(e.getMessage().contains("java.lang.String") && e.getMessage().contains("PurchaseOrder"), e.getMessage());
    }

    @Test
    void metaPrintsTheDdlWithUnquotedProviderNames() {
        String ddl = EntityTablesBuilder.build("shop", SQLDialect.H2, model()).meta().ddl().toString();
        assertTrue(ddl.contains("create table SALES.ORDERS"), ddl);
        assertTrue(ddl.contains("foreign key (CUSTOMER_ID) references CUSTOMER (ID)"), ddl);
        assertTrue(!ddl.contains("\""), "no quoted names: " + ddl);
    }

    @Test
    void overridesChangeTheDataType() {
        DataTypeOverride bigName = c -> c.attributes().contains("Customer.name") ? SQLDataType.NVARCHAR(500) : c.chosen();
        EntityTables tables = EntityTablesBuilder.build("shop", SQLDialect.H2, model(), List.of(bigName));
        assertEquals(500, tables.field(Customer.class, "name").getDataType().length());
    }

    /** A type jOOQ has no data type for. */
    static final class Money {
    }

    @Test
    void columnsTypedOtherAreListedInOneWarningPerUnit() {
        MappingModelBuilder b = new MappingModelBuilder();
        b.table(null, "WALLET", false)
                .column(column("ID", Long.class, false, null))
                .column(column("BALANCE", Money.class, true, null))
                .column(column("EXTRA", Object.class, true, null))
                .column(column("NOTE", Money.class, true, null))
                .primaryKey(new KeyModel(null, List.of("ID")));
        List<java.util.logging.LogRecord> records = new java.util.ArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(EntityTablesBuilder.class.getName());
        logger.addHandler(handler);
        try {
            DataTypeOverride note = c -> c.column().equals("NOTE") ? SQLDataType.VARCHAR(20) : c.chosen();
            EntityTables tables = EntityTablesBuilder.build("wallets", SQLDialect.H2, b.build(), List.of(note));
            assertEquals(2, EntityTablesBuilder.degradedColumns(tables), "counted for the startup line");
        } finally {
            logger.removeHandler(handler);
        }
        List<String> warnings = records.stream().filter(r -> r.getLevel() == java.util.logging.Level.WARNING)
                .map(java.util.logging.LogRecord::getMessage).toList();
        assertEquals(1, warnings.size(), "one warning for the unit: " + warnings);
        String warning = warnings.get(0);
        assertTrue(warning.contains("persistence unit 'wallets'") && warning.contains("2 column(s)"), warning);
        assertTrue(warning.contains("WALLET.BALANCE (" + Money.class.getName() + ")"), warning);
        assertTrue(warning.contains("WALLET.EXTRA (java.lang.Object)"), warning);
        assertTrue(!warning.contains("NOTE"), "a column an override gives a type is not degraded: " + warning);
        assertTrue(warning.contains("DataTypeOverride"), "says what to do: " + warning);
    }
}
