package io.github.jooqcdi.support;

import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The machine's MariaDB on 127.0.0.1:3306 (user {@code root}, empty password), for tests that skip themselves when
 * nothing usable answers there. Each test works in a database of its own, created empty by {@link #database} and
 * named after the test and this JVM's process id (so that concurrent builds never share tables), and drops it with
 * {@link #drop}.
 */
public final class MariaDb {

    public static final String HOST = "127.0.0.1";
    public static final int PORT = 3306;
    public static final String USER = "root";

    private static final Pattern NAME = Pattern.compile("[a-z0-9_]+");

    /**
     * The driver logs every error the server answers as a warning, so each table that a provider's drop-and-create
     * drops before it exists; its own errors still show. (The surefire configuration sends the driver's log to
     * java.util.logging: {@code -Dmariadb.logging.fallback=JDK}.)
     */
    private static final Logger DRIVER_LOG = Logger.getLogger("org.mariadb.jdbc");

    static {
        DRIVER_LOG.setLevel(Level.SEVERE);
    }

    private MariaDb() {
    }

    /** The JDBC URL of {@code database} (connections give up after 3 s when the server does not answer). */
    public static String url(String database) {
        return "jdbc:mariadb://" + HOST + ":" + PORT + "/" + database + "?user=" + USER
                + "&password=&connectTimeout=3000";
    }

    /**
     * A new empty database for {@code purpose} (lower-case letters, digits, underscores): {@code jooqcdi_<purpose>_<pid>}.
     * Skips the calling test (a JUnit assumption) when no MariaDB answers or root may not create it.
     */
    public static String database(String purpose) {
        if (!NAME.matcher(purpose).matches()) {
            throw new IllegalArgumentException("database purpose '" + purpose + "': only a-z, 0-9 and _");
        }
        String database = "jooqcdi_" + purpose + "_" + ProcessHandle.current().pid();
        String problem;
        try (Connection c = DriverManager.getConnection(url("test")); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database);
            s.execute("create database " + database + " character set utf8mb4");
            problem = null;
        } catch (SQLException e) {
            problem = e.getMessage();
        }
        if (problem != null) {
            String message = "skipped: no usable MariaDB on " + HOST + ":" + PORT + " (database test, user " + USER
                    + ", empty password, allowed to create the database " + database + "): " + problem;
            // surefire drops the reason of a test class skipped in @BeforeAll from its output
            System.out.println(message);
            Assumptions.abort(message);
        }
        return database;
    }

    /**
     * The sequences of {@code database}: jOOQ's {@code Meta} lists a MariaDB sequence as a table (MariaDB keeps it in
     * {@code information_schema.TABLES}, of type {@code SEQUENCE}).
     */
    public static Set<String> sequences(Connection connection, String database) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (PreparedStatement s = connection.prepareStatement("select TABLE_NAME from information_schema.TABLES "
                + "where TABLE_SCHEMA = ? and TABLE_TYPE = 'SEQUENCE'")) {
            s.setString(1, database);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    /** Drops {@code database} if it exists; a server that went away meanwhile is left alone. */
    public static void drop(String database) {
        if (database == null) {
            return;
        }
        try (Connection c = DriverManager.getConnection(url("test")); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database.toLowerCase(Locale.ROOT));
        } catch (SQLException e) {
            System.err.println("could not drop the MariaDB database " + database + ": " + e.getMessage());
        }
    }
}
