package io.github.jooqcdi.it.shapes.filters.hibernate;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;

/** Enables {@link HbTicket#TITLED} on the session of a container-managed entity manager (inside a transaction). */
public final class HbFilters {

    private HbFilters() {
    }

    public static void enableTitled(EntityManager em, String title) {
        em.unwrap(Session.class).enableFilter(HbTicket.TITLED).setParameter("title", title);
    }
}
