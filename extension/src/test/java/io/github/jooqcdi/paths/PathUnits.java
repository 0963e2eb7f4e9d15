package io.github.jooqcdi.paths;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.provider.JpaProviderAdapter;
import io.github.jooqcdi.provider.JpaProviderAdapters;
import io.github.jooqcdi.tables.EntityTablesBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.jooq.SQLDialect;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The path-join units ({@code paths-el}, {@code paths-hb} in {@code META-INF/persistence.xml}) on H2 and, when a
 * PostgreSQL server is reachable on 127.0.0.1:5432 (database {@code test}, user {@code postgres}, empty password),
 * on PostgreSQL in a schema of their own. Each is created once per JVM with the same rows, written through JPA.
 */
final class PathUnits {

    static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    /** Unit names as the tests see them: the persistence unit, optionally {@code @postgresql}. */
    static final List<String> ALL = List.of("paths-el", "paths-hb", "paths-el@postgresql", "paths-hb@postgresql");

    private static final Map<String, PathUnit> UNITS = new ConcurrentHashMap<>();

    /** One unit: its factory, jooq-cdi's tables built from its mapping, and how to open a plain connection. */
    record PathUnit(String name, EntityManagerFactory emf, EntityTables tables, String url, String user) {
        Connection connection() throws SQLException {
            return DriverManager.getConnection(url, user, "");
        }
    }

    private PathUnits() {
    }

    static PathUnit unit(String name) {
        if (name.endsWith("@postgresql")) {
            String unreachable = postgresUnreachable(schema(name));
            assumeTrue(unreachable == null, () -> "skipped " + name + ": no usable PostgreSQL on 127.0.0.1:5432 "
                    + "(database test, user postgres, trust or empty password): " + unreachable);
        }
        return UNITS.computeIfAbsent(name, PathUnits::create);
    }

    private static PathUnit create(String name) {
        String unit = name.replace("@postgresql", "");
        Map<String, Object> properties = new HashMap<>();
        String url;
        String user;
        if (name.endsWith("@postgresql")) {
            url = PG_URL + "?currentSchema=" + schema(name);
            user = "postgres";
            properties.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
            properties.put("jakarta.persistence.jdbc.url", url);
            properties.put("jakarta.persistence.jdbc.user", user);
            properties.put("jakarta.persistence.jdbc.password", "");
        } else {
            url = "jdbc:h2:mem:" + unit + ";DB_CLOSE_DELAY=-1";
            user = "sa";
        }
        EntityManagerFactory emf = Persistence.createEntityManagerFactory(unit, properties);
        Runtime.getRuntime().addShutdownHook(new Thread(emf::close, "close-" + name));
        JpaProviderAdapter adapter = JpaProviderAdapters.detect(emf)
                .orElseThrow(() -> new AssertionError("No adapter detected for unit " + name));
        SQLDialect dialect = adapter.dialect(emf).orElseThrow(() -> new AssertionError("No dialect for " + name));
        EntityTables tables = EntityTablesBuilder.build(unit, dialect, adapter.readMapping(emf));
        insertRows(emf);
        return new PathUnit(name, emf, tables, url, user);
    }

    /**
     * The rows: ids differ across entities (a join on the wrong key finds other pairs), shelves share a room and a
     * number (a join on one column of the composite key finds more), some rows have no partner.
     */
    private static void insertRows(EntityManagerFactory emf) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            Patron ann = new Patron(1L, "Ann");
            Patron bob = new Patron(2L, "Bob");
            Patron cyd = new Patron(3L, "Cyd");
            ann.getPhones().addAll(List.of("111", "112"));
            bob.getPhones().add("221");
            Note n20 = new Note(20L, "late twice");
            Note n21 = new Note(21L, "moved");
            Note n22 = new Note(22L, "student");
            Note n23 = new Note(23L, "unassigned");
            ann.getNotes().addAll(List.of(n20, n21));
            bob.getNotes().add(n22);
            List.of(ann, bob, cyd, n20, n21, n22, n23).forEach(em::persist);
            em.persist(new Card(10L, ann));
            em.persist(new Card(11L, bob));
            em.persist(new Badge(ann, "red"));
            em.persist(new Badge(cyd, "blue"));

            Author a30 = new Author(30L, "Ayla");
            Author a31 = new Author(31L, "Bert");
            Author a32 = new Author(32L, "Cleo");
            Shelf a1 = new Shelf("A", 1, "A1 novels");
            Shelf a2 = new Shelf("A", 2, "A2 poetry");
            Shelf b1 = new Shelf("B", 1, "B1 travel");
            List.of(a30, a31, a32, a1, a2, b1).forEach(em::persist);
            Book b40 = new Book(40L, "Dune", bob, "9780441013593", a1);
            Book b41 = new Book(41L, "Emma", null, "9780141439587", b1);
            Book b42 = new Book(42L, "Faust", ann, "9780140449013", a2);
            b40.getAuthors().addAll(List.of(a30, a31));
            b41.getAuthors().add(a31);
            Disc d43 = new Disc(43L, "Gala", ann, 52);
            List.of(b40, b41, b42, d43).forEach(em::persist);
            ann.getFavorites().addAll(List.of(b40, d43));
            bob.getFavorites().add(b41);

            em.persist(new Loan(50L, b40, ann, bob));
            em.persist(new Loan(51L, d43, ann, null));
            em.persist(new Loan(52L, b41, bob, ann));
            em.persist(new Loan(53L, b40, cyd, null));
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static String schema(String name) {
        return name.replace("@postgresql", "").replace('-', '_');
    }

    /** Creates the unit's schema afresh; why PostgreSQL cannot be used, or {@code null} when it can. */
    private static String postgresUnreachable(String schema) {
        if (UNITS.keySet().stream().anyMatch(k -> schema(k).equals(schema) && k.endsWith("@postgresql"))) {
            return null;
        }
        try (Connection connection = DriverManager.getConnection(PG_URL, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
            statement.execute("create schema " + schema);
            return null;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }
}
