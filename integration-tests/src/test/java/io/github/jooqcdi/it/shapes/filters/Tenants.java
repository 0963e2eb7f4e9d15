package io.github.jooqcdi.it.shapes.filters;

import java.util.function.Supplier;

/**
 * The tenant of the current request's work, set by {@link FiltersResource} around it: the producer picks the entity
 * manager of that tenant (EclipseLink), the tenant resolver answers it (Hibernate).
 */
public final class Tenants {

    /** The tenant outside any request's work (the providers' own sessions at deployment): it owns no row. */
    public static final String NONE = "none";
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private Tenants() {
    }

    public static String current() {
        String tenant = CURRENT.get();
        return tenant == null ? NONE : tenant;
    }

    static <T> T as(String tenant, Supplier<T> work) {
        if (!"a".equals(tenant) && !"b".equals(tenant)) {
            throw new IllegalArgumentException("tenant " + tenant + ": the tests know tenants a and b");
        }
        CURRENT.set(tenant);
        try {
            return work.get();
        } finally {
            CURRENT.remove();
        }
    }
}
