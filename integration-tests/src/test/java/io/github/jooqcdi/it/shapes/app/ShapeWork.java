package io.github.jooqcdi.it.shapes.app;

import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.it.shapes.work.MemberWrites;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.Optional;

/** The shape's JTA transactions ({@code @Transactional}) of JPA and jOOQ work, committed or rolled back. */
@RequestScoped
public class ShapeWork {

    @PersistenceContext(unitName = "lending")
    EntityManager em;

    @Inject
    QueryExecutor lending;

    @Inject
    @Any
    Instance<QueryExecutor> executors;

    @Transactional
    public long commit(String name) {
        return MemberWrites.write(em, lending, audit(), name);
    }

    @Transactional
    public void rollback(String name) {
        MemberWrites.write(em, lending, audit(), name);
        throw new IllegalStateException("rolled back on purpose after the writes of " + name);
    }

    /** Outside a transaction: the data-source path. */
    public Map<String, Integer> counts() {
        return MemberWrites.counts(lending, audit());
    }

    /** The {@code audit} unit's executor, when the WAR has that unit. */
    private Optional<QueryExecutor> audit() {
        Instance<QueryExecutor> audit = executors.select(PersistenceUnitName.Literal.of("audit"));
        return audit.isResolvable() ? Optional.of(audit.get()) : Optional.empty();
    }
}
