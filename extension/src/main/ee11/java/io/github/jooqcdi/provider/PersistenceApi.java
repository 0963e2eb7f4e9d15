package io.github.jooqcdi.provider;

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
}
