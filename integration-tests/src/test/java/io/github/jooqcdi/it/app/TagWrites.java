package io.github.jooqcdi.it.app;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.demo.shop.Tag;
import io.github.jooqcdi.demo.shop.Tag_;
import jakarta.persistence.EntityManager;

/** JPA and jOOQ writes of {@link Tag} rows, shared by the CDI and the EJB variant. */
final class TagWrites {

    private TagWrites() {
    }

    /**
     * Persists {@code <prefix>-jpa} with JPA and inserts {@code <prefix>-jooq} with jOOQ; returns how many
     * {@code <prefix>-jooq} rows another transaction sees right after (0 unless jOOQ wrote outside the caller's
     * transaction).
     */
    static int write(EntityManager em, QueryExecutor sql, String prefix, OutsideTransaction outside) {
        em.persist(new Tag(prefix + "-jpa", "written by JPA"));
        EntityTables t = sql.tables();
        sql.execute(sql.dsl()
                .insertInto(t.table(Tag.class))
                .set(t.field(Tag_.name), prefix + "-jooq")
                .set(t.field(Tag_.description), "written by jOOQ"));
        return outside.countTags(prefix + "-jooq");
    }
}
