package io.github.jooqcdi.tables;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.metadata.ColumnModel;
import io.github.jooqcdi.metadata.ColumnRef;
import io.github.jooqcdi.metadata.EntityModel;
import io.github.jooqcdi.metadata.KeyModel;
import io.github.jooqcdi.metadata.MappingModelBuilder;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DESIGN §8: a name that is a table and another entity's name means the table; an ambiguous name lists both. */
class NameResolutionTest {

    static class Invoice {
    }

    static EntityTables tables() {
        MappingModelBuilder b = new MappingModelBuilder();
        for (String schema : List.of("SALES", "ARCHIVE")) {
            b.table(schema, "ORDERS", false)
                    .column(new ColumnModel("ID", false, Long.class, false, null, null, null, false, false, null))
                    .primaryKey(new KeyModel(null, List.of("ID")));
        }
        b.table(null, "BILL", false)
                .column(new ColumnModel("ID", false, Long.class, false, null, null, null, false, false, null));
        b.entity(new EntityModel(Invoice.class, "Orders", "BILL", List.of("BILL"),
                Map.of("id", List.of(new ColumnRef("BILL", "ID"))), List.of(new ColumnRef("BILL", "ID"))));
        return EntityTablesBuilder.build("shop", SQLDialect.H2, b.build());
    }

    @Test
    void aTableNameSharedByTwoSchemasIsAmbiguousAndListsBoth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tables().table("orders"));
        assertTrue(e.getMessage().contains("SALES.ORDERS") && e.getMessage().contains("ARCHIVE.ORDERS")
                && e.getMessage().contains("schema-qualified"), e.getMessage());
    }

    @Test
    void qualifiedNamesResolveAndEntityNamesGiveTheirTable() {
        EntityTables tables = tables();
        assertEquals("ARCHIVE", tables.table("archive.orders").getSchema().getName());
        assertEquals("BILL", tables.table(Invoice.class).getName());
    }

    @Test
    void unknownNamesListTheClosestTablesAndEntities() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tables().table("BIL"));
        assertTrue(e.getMessage().contains("'BIL'") && e.getMessage().contains("closest: BILL"), e.getMessage());
    }
}
