package io.github.jooqcdi.provider;

/**
 * What this line's Jakarta Persistence (3.1, Jakarta EE 10) offers jooq-cdi beyond what every line has. The Jakarta EE
 * 11 line has its own version of this class (src/main/ee11).
 */
public final class PersistenceApi {

    /** Persistence 3.1 has no {@code <qualifier>}: a container adds no {@code EntityManager} bean for a unit. */
    public static final boolean UNIT_BEANS = false;

    private PersistenceApi() {
    }
}
