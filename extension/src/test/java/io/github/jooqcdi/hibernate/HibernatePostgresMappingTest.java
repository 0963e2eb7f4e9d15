package io.github.jooqcdi.hibernate;

import io.github.jooqcdi.metadata.MappingModel;
import io.github.jooqcdi.metadata.TableModel;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The model against the schema Hibernate generates on PostgreSQL (lower-case folding, named unique keys, no sizes on
 * {@code bytea}), in the schema {@code hibernate.default_schema} names.
 */
class HibernatePostgresMappingTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test?connectTimeout=3";

    private static EntityManagerFactory emf;
    private static MappingModel model;
    private static Map<String, Table<?>> schema;

    @BeforeAll
    static void readBoth() throws SQLException {
        String unreachable = unreachable();
        assumeTrue(unreachable == null, () -> "skipped: no usable PostgreSQL on 127.0.0.1:5432 (database test, "
                + "user postgres, trust or empty password): " + unreachable);
        emf = Persistence.createEntityManagerFactory("hb-adapter-pg");
        model = new HibernateAdapter().readMapping(emf);
        try (Connection connection = DriverManager.getConnection(URL, "postgres", "")) {
            schema = HbSchemaAssertions.tables(DSL.using(connection, SQLDialect.POSTGRES).meta().snapshot()
                    .getSchemas("hb_adapter").get(0));
        }
    }

    @AfterAll
    static void close() {
        if (emf != null) {
            emf.close();
        }
    }

    @Test
    void tablesColumnsAndKeysAsCreated() {
        HbSchemaAssertions.sameTables(model, schema);
        HbSchemaAssertions.sameColumns(model, schema);
        HbSchemaAssertions.sameKeys(model, schema);
    }

    @Test
    void tablesAreInTheDefaultSchema() {
        for (TableModel table : model.tables()) {
            assertEquals("hb_adapter", table.schema(), table.name());
        }
        assertTrue(model.entities().stream().allMatch(e -> e.primaryTable().startsWith("hb_adapter.")));
    }

    @Test
    void uniqueKeysAreNamedWhereTheDdlNamesThem() {
        TableModel product = model.tables().stream().filter(t -> t.name().equals("hb_product")).findFirst()
                .orElseThrow();
        assertEquals("[KeyModel[name=uk_hb_product_sku, columns=[sku]], KeyModel[name=null, columns=[uuid]]]",
                product.uniqueKeys().stream().sorted(java.util.Comparator.comparing(k -> k.columns().get(0)))
                        .toList().toString(), "an explicit name, and an inline unique the database names");
    }

    @Test
    void dialect() {
        assertEquals(SQLDialect.POSTGRES, new HibernateAdapter().dialect(emf).orElseThrow());
    }

    /** Why PostgreSQL cannot be used, or {@code null} when it can. */
    private static String unreachable() {
        try (Connection ignored = DriverManager.getConnection(URL, "postgres", "")) {
            return null;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }
}
