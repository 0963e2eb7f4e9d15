package io.github.jooqcdi.schema;

import io.github.jooqcdi.execution.JooqUnitBuilder;
import io.github.jooqcdi.metadata.ColumnModel;
import io.github.jooqcdi.metadata.MappingModel;
import io.github.jooqcdi.metadata.TableModel;
import io.github.jooqcdi.provider.JpaProviderAdapter;
import io.github.jooqcdi.provider.JpaProviderAdapters;
import io.github.jooqcdi.support.LogCapture;
import io.github.jooqcdi.transaction.ResourceLocalTransactionState;
import io.github.jooqcdi.unit.UnitSettings;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 14: {@code jooq.schema-check} compares the mapped tables with the live database at startup. The units
 * {@code hb-exec} (Hibernate) and {@code el-exec} (EclipseLink) map ACCOUNT, MEMO, PORTFOLIO and HOLDING; each test
 * generates them in a database of its own, drops the table MEMO and the column ACCOUNT.OWNER, adds a table and a
 * column the mapping does not have, and expects exactly the two dropped ones to be reported.
 */
class SchemaCheckTest {

    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String EXPECTED = "table MEMO, column ACCOUNT.OWNER";

    /** Generates the unit's schema at {@code url}, breaks it, builds the unit with {@code mode}; returns the warnings. */
    private static List<String> buildOnBrokenSchema(String unit, String url, String user, String mode) throws SQLException {
        EntityManagerFactory emf = Persistence.createEntityManagerFactory(unit, Map.of(
                "jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", user,
                "jakarta.persistence.jdbc.driver", url.startsWith(PG) ? "org.postgresql.Driver" : "org.h2.Driver"));
        try {
            emf.createEntityManager().close(); // EclipseLink generates the schema on first use
            try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
                s.execute("DROP TABLE MEMO");
                s.execute("ALTER TABLE ACCOUNT DROP COLUMN OWNER");
                s.execute("CREATE TABLE NOT_MAPPED (X INT)");
                s.execute("ALTER TABLE HOLDING ADD COLUMN NOT_MAPPED INT");
            }
            JpaProviderAdapter adapter = JpaProviderAdapters.detect(emf).orElseThrow();
            UnitSettings settings = UnitSettings.of(unit, Map.of(UnitSettings.SCHEMA_CHECK, mode), problem -> fail(problem));
            try (LogCapture log = LogCapture.of(JooqUnitBuilder.class.getName())) {
                JooqUnitBuilder.build(unit, settings, emf, adapter, em -> new ResourceLocalTransactionState(em, adapter),
                        List.of(), List.of());
                return log.records().stream().filter(r -> r.getLevel() == Level.WARNING).map(LogRecord::getMessage)
                        .toList();
            }
        } finally {
            emf.close();
        }
    }

    private static String h2(String unit, String name) {
        return "jdbc:h2:mem:" + name + (unit.startsWith("el") ? ";MODE=LEGACY" : "") + ";DB_CLOSE_DELAY=-1";
    }

    @ParameterizedTest
    @ValueSource(strings = {"hb-exec", "el-exec"})
    void warnLogsOneWarningNamingExactlyTheMissingTableAndColumnOnH2(String unit) throws SQLException {
        String url = h2(unit, "schemacheck_warn_" + unit.charAt(0));
        List<String> warnings = buildOnBrokenSchema(unit, url, "sa", "warn");
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).startsWith("jooq-cdi: persistence unit '" + unit + "' maps 1 table and 1 column "
                + "that the database (H2 database SCHEMACHECK_WARN_" + Character.toUpperCase(unit.charAt(0))
                + ", schema PUBLIC) does not have: " + EXPECTED + ". "), warnings.get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hb-exec", "el-exec"})
    void failFailsTheBuildWithTheListOnH2(String unit) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> buildOnBrokenSchema(unit,
                h2(unit, "schemacheck_fail_" + unit.charAt(0)), "sa", "FAIL"));
        assertTrue(e.getMessage().contains("does not have: " + EXPECTED + ". "), e.getMessage());
        assertTrue(e.getMessage().endsWith("(jooq.schema-check=fail; set it to warn to deploy all the same)"),
                e.getMessage());
    }

    @Test
    void offChecksNothing() throws SQLException {
        assertEquals(List.of(), buildOnBrokenSchema("hb-exec", h2("hb-exec", "schemacheck_off"), "sa", "off"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hb-exec", "el-exec"})
    void warnOnPostgresql(String unit) throws SQLException {
        String schema = "jooqcdi_schema_check_" + unit.charAt(0);
        try (Connection c = postgres(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        }
        String url = PG + "?currentSchema=" + schema;
        try {
            List<String> warnings = buildOnBrokenSchema(unit, url, "postgres", "warn");
            assertEquals(1, warnings.size(), warnings::toString);
            assertTrue(warnings.get(0).contains(" maps 1 table and 1 column that the database (PostgreSQL database "
                    + "test, schema " + schema + ") does not have: " + EXPECTED + ". "), warnings.get(0));
        } finally {
            try (Connection c = postgres(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    /** The rules for names: unquoted ones as the database folds them, quoted ones case-sensitive. */
    @Test
    void quotedAndUnquotedNamesOnH2() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:schemacheck_names;DB_CLOSE_DELAY=-1", "sa", "")) {
            namesAsTheDatabaseStoresThem(c);
        }
    }

    @Test
    void quotedAndUnquotedNamesOnPostgresql() throws SQLException {
        try (Connection c = postgres(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS jooqcdi_schema_check_names CASCADE");
            s.execute("CREATE SCHEMA jooqcdi_schema_check_names");
            c.setSchema("jooqcdi_schema_check_names");
            try {
                namesAsTheDatabaseStoresThem(c);
            } finally {
                s.execute("DROP SCHEMA jooqcdi_schema_check_names CASCADE");
            }
        }
    }

    private static void namesAsTheDatabaseStoresThem(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE \"Mixed\" (\"camelCol\" INT, plain INT)");
            s.execute("CREATE TABLE folded (id INT)");
        }
        MappingModel model = new MappingModel(List.of(
                table("Mixed", true, column("camelCol", true), column("PLAIN", false), column("plain", false),
                        column("CAMELCOL", true), column("camelcol", false)),
                table("mixed", true, column("id", false)),
                table("FOLDED", false, column("ID", false), column("Id", false)),
                table("Folded", false, column("id", true), column("ID", true))), List.of(), List.of());
        boolean upper = c.getMetaData().storesUpperCaseIdentifiers();
        // "camelCol" exists only quoted as written; unquoted camelcol folds to CAMELCOL (H2) or camelcol (PostgreSQL)
        // quoted "id"/"ID" of FOLDED: only the folded form exists (ID on H2, id on PostgreSQL)
        assertEquals(List.of("table mixed", "column Mixed.CAMELCOL", "column Mixed.camelcol",
                        upper ? "column Folded.id" : "column Folded.ID"),
                LiveSchemaCheck.missing(model, c, false));
    }

    private static TableModel table(String name, boolean delimited, ColumnModel... columns) {
        return new TableModel(null, name, delimited, Arrays.asList(columns), null, List.of(), List.of());
    }

    private static ColumnModel column(String name, boolean delimited) {
        return new ColumnModel(name, delimited, Integer.class, false, null, null, null, true, false, null);
    }

    private static Connection postgres() throws SQLException {
        try {
            return DriverManager.getConnection(PG + "?connectTimeout=3", "postgres", "");
        } catch (SQLException e) {
            assumeTrue(false, "skipped: no usable PostgreSQL on 127.0.0.1:5432 (database test, user postgres, trust or "
                    + "empty password): " + e.getMessage());
            throw e;
        }
    }
}
