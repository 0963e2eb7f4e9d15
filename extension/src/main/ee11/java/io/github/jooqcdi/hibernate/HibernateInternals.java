package io.github.jooqcdi.hibernate;

import org.hibernate.Filter;
import org.hibernate.action.internal.BulkOperationCleanupAction;
import org.hibernate.annotations.SoftDeleteType;
import org.hibernate.binder.internal.TenantIdBinder;
import org.hibernate.boot.Metadata;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.FilterConfiguration;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.metamodel.mapping.SoftDeleteMapping;
import org.hibernate.sql.Template;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every use jooq-cdi makes of Hibernate ORM 7.4's internals (classes of {@code internal} packages, a private field)
 * and of members whose Hibernate 6 form differs: the rest of the package uses Hibernate's API and SPI only. The
 * Jakarta EE 10 line has a class of this name for Hibernate 6.6 ({@code src/main/ee10}), with the same methods.
 * <p>
 * {@link #members()} names each of them, so that {@link #missing()} can tell, before the first query, which ones the
 * Hibernate that runs lacks.
 */
final class HibernateInternals {

    /** The Hibernate ORM version line this class is written for. */
    static final String BUILT_FOR = "7.4";

    private static final String SCHEMA_MANAGER = "org.hibernate.relational.internal.SchemaManagerImpl";
    private static final String SCHEMA_MANAGER_METADATA = "metadata";

    private static final List<InternalMember> MEMBERS = List.of(
            InternalMember.type("org.hibernate.mapping.FilterConfiguration"),
            InternalMember.constant("org.hibernate.binder.internal.TenantIdBinder", "FILTER_NAME",
                    TenantIdBinder.FILTER_NAME),
            InternalMember.method("org.hibernate.metamodel.mapping.SoftDeleteMapping", "getSoftDeleteStrategy"),
            // the not-deleted literal, which Hibernate 7 no longer offers by name (getNonDeletedLiteralText)
            InternalMember.method("org.hibernate.metamodel.mapping.SoftDeleteMapping", "getWriteExpression"),
            InternalMember.method("org.hibernate.sql.Template", "renderWhereStringTemplate", "java.lang.String",
                    "org.hibernate.dialect.Dialect", "org.hibernate.type.spi.TypeConfiguration"),
            InternalMember.constant("org.hibernate.sql.Template", "TEMPLATE", Template.TEMPLATE),
            InternalMember.method("org.hibernate.engine.spi.ActionQueue", "registerCallback",
                    "org.hibernate.engine.spi.TransactionCompletionCallbacks$AfterCompletionCallback"),
            InternalMember.method("org.hibernate.action.internal.BulkOperationCleanupAction", "schedule",
                    "org.hibernate.engine.spi.SharedSessionContractImplementor", "java.util.Set"),
            InternalMember.field(SCHEMA_MANAGER, SCHEMA_MANAGER_METADATA));

    private HibernateInternals() {
    }

    /** The internal members this class uses. */
    static List<InternalMember> members() {
        return MEMBERS;
    }

    /** Those of {@link #members()} that the Hibernate on the class path lacks. */
    static List<InternalMember> missing() {
        return InternalMember.missing(MEMBERS, SessionFactoryImplementor.class.getClassLoader());
    }

    // ------------------------------------------------------------------------------------------------------ filters

    /** The {@code @Filter}s applied to {@code entity}. */
    static List<FilterMapping> filters(PersistentClass entity) {
        return mappings(entity.getFilters());
    }

    /** The {@code @Filter}s applied to {@code collection}, to its elements and to its join table's target. */
    static List<FilterMapping> filters(Collection collection) {
        List<FilterMapping> filters = new ArrayList<>(mappings(collection.getFilters()));
        filters.addAll(mappings(collection.getManyToManyFilters()));
        return filters;
    }

    private static List<FilterMapping> mappings(List<FilterConfiguration> filters) {
        return filters.stream().map(f -> new FilterMapping(f.getName(), f.getCondition(), f.useAutoAliasInjection()))
                .toList();
    }

    /** Whether {@code filterName} is the filter Hibernate adds for an entity's {@code @TenantId}. */
    static boolean isTenantIdFilter(String filterName) {
        return TenantIdBinder.FILTER_NAME.equals(filterName);
    }

    /** The session's value of an enabled filter's parameter (set, or given by its resolver), or {@code null}. */
    static Object parameterValue(Filter filter, String name) {
        return filter.getParameterValue(name);
    }

    // ----------------------------------------------------------------------------------------- conditions as SQL

    /**
     * What follows the soft-delete column in the condition of the rows not deleted: {@code is null} for
     * {@code @SoftDelete(strategy = TIMESTAMP)}, else {@code = <literal>} (the literal Hibernate writes when it
     * inserts a row, and compares the column with).
     */
    static String notDeletedCondition(SoftDeleteMapping softDelete) {
        if (softDelete.getSoftDeleteStrategy() == SoftDeleteType.TIMESTAMP) {
            return "is null";
        }
        String literal = softDelete.getWriteExpression();
        if (literal == null) {
            throw new IllegalStateException("Hibernate gives no not-deleted value for the @SoftDelete column "
                    + softDelete.getTableName() + "." + softDelete.getColumnName() + " (strategy "
                    + softDelete.getSoftDeleteStrategy() + ")");
        }
        return "= " + literal;
    }

    /** What stands for the table's alias in a {@link #whereTemplate}. */
    static String templatePlaceholder() {
        return Template.TEMPLATE;
    }

    /** The condition with {@link #templatePlaceholder()} before each column name, as Hibernate renders it. */
    static String whereTemplate(SessionFactoryImplementor factory, String condition) {
        return Template.renderWhereStringTemplate(condition, factory.getJdbcServices().getDialect(),
                factory.getTypeConfiguration());
    }

    // ------------------------------------------------------------------------------------------- session, factory

    /** Runs {@code callback} after the session's current transaction completes (committed or not). */
    static void afterTransactionCompletion(SessionImplementor session, Runnable callback) {
        session.getActionQueue().registerCallback((AfterCompletionCallback) (success, s) -> callback.run());
    }

    /**
     * Evicts the second-level cache regions of {@code spaces} (Hibernate's "query spaces": table names) and
     * invalidates the query cache for them, as Hibernate does after its own bulk DML: at once, and again when the
     * session's transaction completes, with the regions locked meanwhile.
     */
    static void scheduleBulkCleanup(SessionImplementor session, Set<String> spaces) {
        BulkOperationCleanupAction.schedule(session, spaces);
    }

    /** The boot metadata Hibernate's own schema manager keeps (a private field), if it can be read. */
    static Optional<Metadata> schemaManagerMetadata(SessionFactoryImplementor factory) {
        try {
            Object schemaManager = factory.getSchemaManager();
            for (Class<?> type = schemaManager.getClass(); type != null; type = type.getSuperclass()) {
                if (type.getName().equals(SCHEMA_MANAGER)) {
                    Field field = type.getDeclaredField(SCHEMA_MANAGER_METADATA);
                    field.setAccessible(true);
                    return Optional.ofNullable((Metadata) field.get(schemaManager));
                }
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // not readable in this Hibernate
        }
        return Optional.empty();
    }
}
