package io.github.jooqcdi.provider;

import jakarta.persistence.EntityManager;

import java.sql.Connection;

/**
 * What this line's Jakarta Persistence (3.2, Jakarta EE 11) offers jooq-cdi beyond what every line has. The Jakarta EE
 * 10 line has its own version of this class (src/main/ee10).
 */
public final class PersistenceApi {

    /**
     * A Jakarta EE 11 container adds an {@code EntityManager} bean for each persistence unit, with the unit's
     * persistence.xml {@code <qualifier>}s (none: {@code @Default}).
     */
    public static final boolean UNIT_BEANS = true;

    private PersistenceApi() {
    }

    /**
     * The connection of {@code em} in its transaction, through the standard {@code callWithConnection}. jOOQ uses it for
     * one execution after the function returned: for a provider that keeps the transaction's connection until the
     * transaction completes (EclipseLink), that is the same connection.
     */
    public static Connection connection(EntityManager em) {
        return em.callWithConnection((Connection connection) -> connection);
    }
}
