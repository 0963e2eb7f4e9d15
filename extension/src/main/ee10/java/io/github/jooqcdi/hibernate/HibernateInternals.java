package io.github.jooqcdi.hibernate;

import io.github.jooqcdi.provider.InternalMember;
import org.hibernate.Filter;
import org.hibernate.action.internal.BulkOperationCleanupAction;
import org.hibernate.binder.internal.TenantIdBinder;
import org.hibernate.boot.Metadata;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.internal.FilterConfiguration;
import org.hibernate.internal.FilterImpl;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.metamodel.mapping.SoftDeleteMapping;
import org.hibernate.sql.Template;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Every use jooq-cdi makes of Hibernate ORM 6.6's internals (classes of {@code internal} packages, a private field)
 * and of members Hibernate 7 removed: the rest of the package uses Hibernate's API and SPI only. The Jakarta EE 11
 * line has a class of this name for Hibernate 7 ({@code src/main/ee11}), with the same methods.
 * <p>
 * {@link #members()} names each of them, so that {@link #missing()} can tell, before the first query, which ones the
 * Hibernate that runs lacks.
 */
final class HibernateInternals {

    /** The Hibernate ORM version line this class is written for. */
    static final String BUILT_FOR = "6.6";

    private static final String SCHEMA_MANAGER = "org.hibernate.relational.internal.SchemaManagerImpl";
    private static final String SCHEMA_MANAGER_METADATA = "metadata";

    private static final List<InternalMember> MEMBERS = List.of(
            InternalMember.type("org.hibernate.internal.FilterConfiguration"),
            InternalMember.method("org.hibernate.internal.FilterConfiguration", "getName"),
            InternalMember.method("org.hibernate.internal.FilterConfiguration", "getCondition"),
            InternalMember.method("org.hibernate.internal.FilterConfiguration", "useAutoAliasInjection"),
            InternalMember.method("org.hibernate.internal.FilterImpl", "getParameter", "java.lang.String"),
            InternalMember.method("org.hibernate.internal.FilterImpl", "getParameterResolver", "java.lang.String"),
            InternalMember.constant("org.hibernate.binder.internal.TenantIdBinder", "FILTER_NAME",
                    TenantIdBinder.FILTER_NAME),
            InternalMember.method("org.hibernate.metamodel.mapping.SoftDeleteMapping", "getNonDeletedLiteralText"),
            InternalMember.method("org.hibernate.sql.Template", "renderWhereStringTemplate", "java.lang.String",
                    "org.hibernate.dialect.Dialect", "org.hibernate.type.spi.TypeConfiguration",
                    "org.hibernate.query.sqm.function.SqmFunctionRegistry"),
            InternalMember.constant("org.hibernate.sql.Template", "TEMPLATE", Template.TEMPLATE),
            InternalMember.method("org.hibernate.engine.spi.ActionQueue", "registerProcess",
                    "org.hibernate.action.spi.AfterTransactionCompletionProcess"),
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
        FilterImpl impl = (FilterImpl) filter;
        Object value = impl.getParameter(name);
        if (value == null) {
            Supplier<?> resolver = impl.getParameterResolver(name);
            value = resolver == null ? null : resolver.get();
        }
        return value;
    }

    // ----------------------------------------------------------------------------------------- conditions as SQL

    /** What follows the soft-delete column in the condition of the rows not deleted: {@code = <literal>}. */
    static String notDeletedCondition(SoftDeleteMapping softDelete) {
        return "= " + softDelete.getNonDeletedLiteralText();
    }

    /** What stands for the table's alias in a {@link #whereTemplate}. */
    static String templatePlaceholder() {
        return Template.TEMPLATE;
    }

    /** The condition with {@link #templatePlaceholder()} before each column name, as Hibernate renders it. */
    static String whereTemplate(SessionFactoryImplementor factory, String condition) {
        return Template.renderWhereStringTemplate(condition, factory.getJdbcServices().getDialect(),
                factory.getTypeConfiguration(), factory.getQueryEngine().getSqmFunctionRegistry());
    }

    // ------------------------------------------------------------------------------------------- session, factory

    /** Runs {@code callback} after the session's current transaction completes (committed or not). */
    static void afterTransactionCompletion(SessionImplementor session, Runnable callback) {
        session.getActionQueue().registerProcess((success, s) -> callback.run());
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
