package io.github.jooqcdi.testmodel;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The test model's persistence units ({@code META-INF/persistence.xml}): one {@link EntityManagerFactory} per unit
 * and JVM, created on first use with its schema generated, closed when the JVM exits. Several test classes share
 * them, so tests write rows with values of their own and never rely on a table being empty.
 */
public final class TestUnits {

    /** EclipseLink on H2 ({@code MODE=LEGACY}, which EclipseLink's IDENTITY DDL needs on H2 2.x). */
    public static final String EL = "el";
    /** Hibernate on H2. */
    public static final String HB = "hb";
    /** Hibernate on H2 with {@code CamelCaseToUnderscoresNamingStrategy}. */
    public static final String HB_SNAKE = "hb-snake";

    /** The units the mapping matrix runs on. */
    public static final List<String> ALL = List.of(EL, HB, HB_SNAKE);

    private static final Map<String, String> URLS = Map.of(
            EL, "jdbc:h2:mem:el;MODE=LEGACY;DB_CLOSE_DELAY=-1",
            HB, "jdbc:h2:mem:hb;DB_CLOSE_DELAY=-1",
            HB_SNAKE, "jdbc:h2:mem:hbsnake;DB_CLOSE_DELAY=-1");

    private static final Map<String, EntityManagerFactory> FACTORIES = new ConcurrentHashMap<>();

    static {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> FACTORIES.values().forEach(emf -> {
            try {
                emf.close();
            } catch (RuntimeException e) {
                // the JVM is exiting
            }
        }), "close-test-units"));
    }

    private TestUnits() {
    }

    /** The unit's factory; its schema is generated before this returns. */
    public static EntityManagerFactory emf(String unit) {
        return FACTORIES.computeIfAbsent(unit, u -> {
            EntityManagerFactory emf = Persistence.createEntityManagerFactory(u);
            emf.createEntityManager().close(); // EclipseLink deploys (and generates the schema) on first use
            return emf;
        });
    }

    /** The unit's JDBC URL, for plain connections to the same in-memory database. */
    public static String url(String unit) {
        String url = URLS.get(unit);
        if (url == null) {
            throw new IllegalArgumentException("Unknown test unit " + unit + "; known: " + URLS.keySet());
        }
        return url;
    }

    /** A new plain JDBC connection (auto-commit) to the unit's database; the caller closes it. */
    public static Connection connection(String unit) throws SQLException {
        return DriverManager.getConnection(url(unit), "sa", "");
    }

    /** Runs {@code work} in a committed resource-local transaction of the unit. */
    public static void runInTransaction(String unit, Consumer<EntityManager> work) {
        inTransaction(unit, em -> {
            work.accept(em);
            return null;
        });
    }

    /**
     * Reads through JPA what plain JDBC/jOOQ wrote behind the provider's back: evicts the unit's shared cache first
     * (EclipseLink caches entities by default, and a plain connection bypasses jooq-cdi's eviction), then runs
     * {@code work} in a transaction.
     */
    public static <T> T readAfterJdbcWrite(String unit, Function<EntityManager, T> work) {
        emf(unit).getCache().evictAll();
        return inTransaction(unit, work);
    }

    /** Runs {@code work} in a committed resource-local transaction of the unit and returns its result. */
    public static <T> T inTransaction(String unit, Function<EntityManager, T> work) {
        EntityManager em = emf(unit).createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }
}
