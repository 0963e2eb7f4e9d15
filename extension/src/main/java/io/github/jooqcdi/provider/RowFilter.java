package io.github.jooqcdi.provider;

import jakarta.persistence.EntityManager;
import org.jooq.Condition;
import org.jooq.Name;

/**
 * A predicate the provider adds to its own queries on an entity's rows (a tenant, a soft delete, a restriction, an
 * enabled filter), for jOOQ queries to add the same.
 *
 * @param entity      the entity class whose primary table the filter restricts
 * @param description what the filter is, for messages ("Hibernate @TenantId of entity Invoice", …)
 * @param condition   the predicate for the current session
 * @param wholeEntity whether {@code condition} restricts the entity's rows as the provider's own query of the entity
 *                    does, the filters of its superclasses included (EclipseLink writes the SQL of the whole entity):
 *                    the tables of the entity then do not also get its superclasses' filters
 */
public record RowFilter(Class<?> entity, String description, SessionCondition condition, boolean wholeEntity) {

    /** A filter of the entity's own table, which its superclasses' filters add to. */
    public RowFilter(Class<?> entity, String description, SessionCondition condition) {
        this(entity, description, condition, false);
    }

    /** The predicate of one row filter for one session. */
    @FunctionalInterface
    public interface SessionCondition {
        /**
         * @param em    the unit's entity manager of the current request
         * @param table the name the query gives the filtered table (its alias, or its own unqualified name)
         * @return the predicate on {@code table}'s columns, or {@code null} when the filter is not in effect for
         *         this session (a Hibernate filter that is not enabled)
         * @throws IllegalStateException when the provider would filter but a value it needs is missing (a tenant
         *                               property not set): the message names it
         */
        Condition on(EntityManager em, Name table);
    }
}
