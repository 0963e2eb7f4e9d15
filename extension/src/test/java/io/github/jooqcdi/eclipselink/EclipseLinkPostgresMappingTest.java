package io.github.jooqcdi.eclipselink;

import io.github.jooqcdi.metadata.MappingModel;
import io.github.jooqcdi.metadata.TableModel;
import jakarta.persistence.EntityManagerFactory;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The {@code el-adapter} unit on PostgreSQL (in a schema of its own), when a PostgreSQL server is reachable on
 * 127.0.0.1:5432: the model against the schema EclipseLink's PostgreSQL platform generated.
 */
class EclipseLinkPostgresMappingTest {

    private static final String SCHEMA = "el_adapter";
    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static EntityManagerFactory emf;

    @BeforeAll
    static void boot() {
        String unreachable = unreachable();
        assumeTrue(unreachable == null, () -> "skipped: no usable PostgreSQL on 127.0.0.1:5432 (database test, "
                + "user postgres, trust or empty password): " + unreachable);
        emf = ElAdapterUnit.create(SCHEMA, Map.of(
                "jakarta.persistence.jdbc.driver", "org.postgresql.Driver",
                "jakarta.persistence.jdbc.url", URL + "?currentSchema=" + SCHEMA,
                "jakarta.persistence.jdbc.user", "postgres",
                "jakarta.persistence.jdbc.password", ""));
    }

    @AfterAll
    static void close() {
        if (emf != null) {
            emf.close();
        }
    }

    @Test
    void modelIsTheGeneratedSchema() throws SQLException {
        MappingModel model = new EclipseLinkAdapter().readMapping(emf);
        assertEquals(SQLDialect.POSTGRES, new EclipseLinkAdapter().dialect(emf).orElseThrow());
        // EclipseLink 4.0.9 writes "ID BIGINT SERIAL" for the IDENTITY id of ElCustomer, which PostgreSQL refuses:
        // its table (and the foreign keys to it) are missing from the generated schema, not from the model
        // (EclipseLink 5.0.0 writes it, and its table is compared too)
        boolean customerMissing = org.eclipse.persistence.Version.getVersion().startsWith("4.");
        MappingModel withoutCustomer = !customerMissing ? model : new MappingModel(
                model.tables().stream().filter(t -> !t.name().equals("ELCUSTOMER"))
                        .map(t -> new TableModel(t.schema(), t.name(), t.delimited(), t.columns(), t.primaryKey(),
                                t.uniqueKeys(), t.foreignKeys().stream()
                                .filter(fk -> !fk.targetTable().equals("ELCUSTOMER")).toList()))
                        .toList(),
                model.entities(), model.warnings());
        try (Connection connection = DriverManager.getConnection(URL, "postgres", "")) {
            assertEquals(List.of(), SchemaComparison.differences(withoutCustomer,
                    DSL.using(connection, SQLDialect.POSTGRES), SCHEMA));
        }
    }

    /** Why PostgreSQL cannot be used, or {@code null} when it can. */
    private static String unreachable() {
        try (Connection connection = DriverManager.getConnection(URL, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
            statement.execute("create schema " + SCHEMA);
            return null;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }
}
