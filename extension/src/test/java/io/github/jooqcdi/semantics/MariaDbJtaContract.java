package io.github.jooqcdi.semantics;

import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.support.MariaDb;
import io.github.jooqcdi.support.TestEmfs;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link JtaContract} on MariaDB (127.0.0.1:3306, skipped when nothing usable answers there): each unit on a new
 * database of its own, created before the class's tests and dropped after them, with the dialect detected from the
 * provider. MariaDB's InnoDB runs transactions in {@code REPEATABLE READ}, H2 in {@code READ COMMITTED}.
 */
abstract class MariaDbJtaContract extends JtaContract {

    /** Unit → its database, for the running test class. */
    static final Map<String, String> DATABASES = new ConcurrentHashMap<>();

    /** Creates the databases of {@code units}; skips the test class when MariaDB cannot give them. */
    static void createDatabases(String... units) {
        for (String unit : units) {
            DATABASES.put(unit, MariaDb.database(unit.replace('-', '_')));
        }
    }

    /** Closes the units' factories and pools, then drops their databases. */
    static void dropDatabases(String... units) {
        for (String unit : units) {
            TestEmfs.close(unit);
            MariaDb.drop(DATABASES.remove(unit));
        }
    }

    static String url(String unit) {
        String database = DATABASES.get(unit);
        if (database == null) {
            throw new IllegalStateException("no MariaDB database for unit " + unit + " (created: " + DATABASES + ")");
        }
        return MariaDb.url(database);
    }

    @Override
    String jdbcUrl(String unit) {
        return url(unit);
    }

    /** The sessions connected to the unit's database (its pool's and this count's own). */
    @Override
    long openSessions() throws SQLException {
        try (Connection c = independentConnection(unit());
             PreparedStatement s = c.prepareStatement("select count(*) from information_schema.PROCESSLIST where DB = ?")) {
            s.setString(1, DATABASES.get(unit()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Override
    String driverExceptionPrefix() {
        return "java.sql.SQLSyntaxErrorException";
    }

    /**
     * Aliases given with {@code as(String)} render quoted on MariaDB, where quoting changes no name's case: unquoted,
     * {@code lines} (a keyword of MariaDB's) is a syntax error.
     */
    @Test
    void anAliasThatIsAKeywordOfMariaDbWorks() throws Exception {
        insertThreeAccounts(unit());
        QueryExecutor q = executor(unit());
        Table<Record> a = account(q).as("key");
        var query = DSL.select(DSL.count().as("lines"), DSL.sum(a.field(balance(q))).as("key"))
                .from(a).where(a.field(q.tables().field(Account_.owner)).ne("nobody"));
        assertTrue(q.dsl().render(query).contains("as `lines`"), q.dsl().render(query));
        Record2<Integer, BigDecimal> row = q.fetch(query).get(0);
        assertEquals(3, row.value1());
        assertEquals(new BigDecimal("6.00"), row.value2());
        assertTrue(q.dsl().render(query).contains("from ACCOUNT as `key`"), "the table's own name stays unquoted: "
                + q.dsl().render(query));
    }

    @Test
    void theDialectIsMariaDbAsDetectedFromTheProvider() {
        for (String unit : new String[] {unit(), plainUnit()}) {
            QueryExecutor q = executor(unit);
            assertEquals(SQLDialect.MARIADB, q.tables().dialect(), unit);
            assertEquals(SQLDialect.MARIADB, q.dsl().dialect(), unit);
        }
    }
}
