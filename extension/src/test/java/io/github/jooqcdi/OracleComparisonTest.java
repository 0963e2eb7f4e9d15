package io.github.jooqcdi;

import io.github.jooqcdi.metadata.ColumnModel;
import io.github.jooqcdi.metadata.ForeignKeyModel;
import io.github.jooqcdi.metadata.KeyModel;
import io.github.jooqcdi.metadata.MappingModel;
import io.github.jooqcdi.metadata.MappingModelBuilder;
import io.github.jooqcdi.tables.EntityTablesBuilder;
import io.github.jooqcdi.testmodel.SchemaOracle;
import io.github.jooqcdi.testmodel.SchemaOracle.DbTable;
import io.github.jooqcdi.testmodel.TestUnits;
import org.jooq.SQLDialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks {@link MappingMatrixTest#differences}, the comparison the mapping matrix relies on, without the provider
 * adapters: jOOQ tables built from the generated schema itself show no difference, and a model with a missing table,
 * column, unique key and foreign keys, an extra table and column, and wrongly named keys shows each of them.
 */
class OracleComparisonTest {
    @ParameterizedTest
    @ValueSource(strings = {"el", "hb", "hb-snake"})
    @org.junit.jupiter.api.DisplayName("the oracle comparison finds every kind of difference, and none for an exact copy")
    void selfCheck(String unit) {
        TestUnits.emf(unit);
        List<DbTable> schema = SchemaOracle.read(TestUnits.url(unit));
        EntityTables exact = EntityTablesBuilder.build(unit, SQLDialect.H2, model(schema, false));
        assertEquals(List.of(), MappingMatrixTest.differences(schema, exact.all()));
        EntityTables broken = EntityTablesBuilder.build(unit, SQLDialect.H2, model(schema, true));
        List<String> differences = MappingMatrixTest.differences(schema, broken.all());
        String all = String.join("\n", differences);
        for (String expected : List.of("missing table PUBLIC.TAG ", "extra table PUBLIC.GHOST ",
                "missing column PUBLIC.CUSTOMER_PROFILE.BIO", "extra column PUBLIC.PRODUCT.EXTRA",
                "missing unique key PUBLIC.CUSTOMER ", "unique key PUBLIC.PRODUCT UK_PRODUCT_SKU [SKU] is named UK_X",
                "missing foreign key PUBLIC.LOAN ", "missing foreign key PUBLIC.PRODUCT_TAG ", "is named FK_WRONG")) {
            assertTrue(all.contains(expected), () -> "'" + expected + "' in\n" + all);
        }
        assertEquals(10, differences.size(), all);
    }

    /** A model of exactly the generated schema, or (perturb) one with known differences. */
    static MappingModel model(List<DbTable> schema, boolean perturb) {
        MappingModelBuilder b = new MappingModelBuilder();
        for (DbTable t : schema) {
            if (perturb && t.name().equals("TAG")) continue;
            String s = t.schema().equals("PUBLIC") ? null : t.schema();
            var tb = b.table(s, t.name(), false);
            for (var c : t.columns()) {
                if (perturb && c.name().equals("BIO")) continue;
                tb.column(new ColumnModel(c.name(), false, String.class, false, null, null, null, c.nullable(), false, null));
            }
            if (perturb && t.name().equals("PRODUCT")) tb.column(new ColumnModel("EXTRA", false, String.class, false, null, null, null, true, false, null));
            if (t.primaryKey() != null) tb.primaryKey(new KeyModel(null, t.primaryKey().columns()));
            for (var k : t.uniqueKeys()) {
                if (perturb && k.columns().equals(List.of("EMAIL"))) continue;
                tb.uniqueKey(new KeyModel(k.name().startsWith("CONSTRAINT_") ? null : (perturb ? "UK_X" : k.name()), k.columns()));
            }
            for (var f : t.foreignKeys()) {
                if (perturb && t.name().equals("LOAN")) continue;
                tb.foreignKey(new ForeignKeyModel(perturb && t.name().equals("BOOK") ? "FK_WRONG" : f.name(), f.columns(),
                        f.targetSchema().equals("PUBLIC") ? f.targetTable() : f.targetSchema() + "." + f.targetTable(), f.targetColumns()));
            }
        }
        if (perturb) b.table(null, "GHOST", false).column(new ColumnModel("X", false, String.class, false, null, null, null, true, false, null));
        return b.build();
    }
}
