package io.github.jooqcdi.hibernate;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.query.spi.QueryImplementor;

/** The Hibernate session behind an entity manager, also when the application's producer hands out a CDI proxy. */
final class HibernateSessions {

    private HibernateSessions() {
    }

    static SessionImplementor of(EntityManager em) {
        Object unwrapped = em.unwrap(SessionImplementor.class);
        if (unwrapped instanceof SessionImplementor session) {
            return session;
        }
        // A CDI client proxy of a normal-scoped producer (@RequestScoped) answers itself, not the session, for every
        // unwrap (Hibernate's unwrap returns "this", and Weld replaces a returned "this" by the proxy). A query
        // object is not "this" and knows its session; it is never executed.
        return (SessionImplementor) ((QueryImplementor<?>) em.createNativeQuery("select 1")).getSession();
    }
}
