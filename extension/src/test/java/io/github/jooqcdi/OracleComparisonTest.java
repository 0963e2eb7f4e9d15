package io.github.jooqcdi;

import io.github.jooqcdi.metadata.ColumnModel;
import io.github.jooqcdi.metadata.ForeignKeyModel;
import io.github.jooqcdi.metadata.KeyModel;
import io.github.jooqcdi.metadata.MappingModel;
import io.github.jooqcdi.metadata.MappingModelBuilder;
import io.github.jooqcdi.tables.EntityTablesBuilder;
import io.github.jooqcdi.testmodel.SchemaOracle;
import io.github.jooqcdi.testmodel.SchemaOracle.DbColumn;
import io.github.jooqcdi.testmodel.SchemaOracle.DbTable;
import io.github.jooqcdi.testmodel.TestUnits;
import io.github.jooqcdi.testmodel.TypeFamily;
import org.jooq.SQLDialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks {@link MappingMatrixTest#differences}, the comparison the mapping matrix relies on, without the provider
 * adapters: jOOQ tables built from the generated schema itself show no difference, and a model with a missing table,
 * column, unique key and foreign keys, an extra table and column, wrongly named keys, and a column of the wrong type
 * family, nullability, length and scale shows each of them.
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
                "missing foreign key PUBLIC.LOAN ", "missing foreign key PUBLIC.PRODUCT_TAG ", "is named FK_WRONG",
                "column PUBLIC.PRODUCT.ID: type integer (BIGINT) in the database, text (",
                "column PUBLIC.PRODUCT.SKU: NOT NULL in the database, nullable in EntityTables",
                "column PUBLIC.PRODUCT.PRODUCT_NAME: length 200 in the database, 100 in EntityTables",
                "column PUBLIC.PRODUCT.PRICE: scale 2 in the database, 4 in EntityTables")) {
            assertTrue(all.contains(expected), () -> "'" + expected + "' in\n" + all);
        }
        assertEquals(14, differences.size(), all);
    }

    /** A column of the generated schema's type, length, precision, scale and nullability. */
    static ColumnModel column(DbColumn c) {
        boolean lob = c.typeName().endsWith("LARGE OBJECT");
        Class<?> type = switch (TypeFamily.of(c.typeName())) {
            case TEXT -> String.class;
            case INTEGER -> switch (c.typeName()) {
                case "TINYINT" -> Byte.class;
                case "SMALLINT" -> Short.class;
                case "INTEGER" -> Integer.class;
                default -> Long.class;
            };
            case DECIMAL -> BigDecimal.class;
            case FLOATING -> c.typeName().equals("REAL") ? Float.class : Double.class;
            case BOOLEAN -> Boolean.class;
            case DATE -> LocalDate.class;
            case TIME -> c.typeName().equals("TIME") ? LocalTime.class : OffsetTime.class;
            case TIMESTAMP -> LocalDateTime.class;
            case TIMESTAMP_WITH_ZONE -> OffsetDateTime.class;
            case BINARY -> byte[].class;
            case UUID -> java.util.UUID.class;
            case OTHER -> Object.class;
        };
        boolean decimal = type == BigDecimal.class;
        Integer length = !decimal && !lob && c.size() != null && c.size() != 1_000_000_000 ? c.size() : null;
        return new ColumnModel(c.name(), false, type, lob, length, decimal ? c.size() : null,
                decimal ? c.scale() : null, c.nullable(), false, null);
    }

    /** A wrong type family (ID), nullability (SKU), length (PRODUCT_NAME) or scale (PRICE). */
    private static ColumnModel perturbed(ColumnModel c) {
        return switch (c.name()) {
            case "ID" -> new ColumnModel(c.name(), false, String.class, false, 20, null, null, c.nullable(), false, null);
            case "SKU" -> new ColumnModel(c.name(), false, c.databaseType(), false, c.length(), null, null, true, false,
                    null);
            case "PRODUCT_NAME" -> new ColumnModel(c.name(), false, c.databaseType(), false, 100, null, null,
                    c.nullable(), false, null);
            case "PRICE" -> new ColumnModel(c.name(), false, c.databaseType(), false, null, c.precision(), 4,
                    c.nullable(), false, null);
            default -> c;
        };
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
                ColumnModel column = column(c);
                if (perturb && t.name().equals("PRODUCT")) column = perturbed(column);
                tb.column(column);
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
