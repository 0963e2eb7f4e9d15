package io.github.jooqcdi.it.shapes.ear.ejb;

import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.it.shapes.work.MemberWrites;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Map;
import java.util.Optional;

/** The EAR's EJB module: container-managed transactions (REQUIRED) around JPA and jOOQ work. */
@Stateless
public class LendingService {

    @PersistenceContext(unitName = "lending")
    EntityManager em;

    @Inject
    QueryExecutor lending;

    public long commit(String name) {
        return MemberWrites.write(em, lending, Optional.empty(), name);
    }

    /** A system exception: the container rolls the transaction back. */
    public void rollback(String name) {
        MemberWrites.write(em, lending, Optional.empty(), name);
        throw new IllegalStateException("rolled back on purpose after the writes of " + name);
    }

    public Map<String, Integer> counts() {
        return MemberWrites.counts(lending, Optional.empty());
    }
}
