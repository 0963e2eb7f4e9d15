package io.github.jooqcdi.hibernate;

import io.github.jooqcdi.provider.InternalMember;
import org.hibernate.Filter;
import org.hibernate.Version;
import org.hibernate.action.internal.BulkOperationCleanupAction;
import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.annotations.SoftDeleteType;
import org.hibernate.binder.internal.TenantIdBinder;
import org.hibernate.boot.Metadata;
import org.hibernate.engine.spi.ActionQueue;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.metamodel.mapping.SoftDeleteMapping;
import org.hibernate.sql.Template;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
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
 * It runs on Hibernate 7.1 too (WildFly Preview 38): the two members 7.4 moved or renamed, the filter configuration
 * class and the action queue's after-completion registration, are resolved once, in whichever form the Hibernate
 * that runs has, and called through method handles.
 * <p>
 * {@link #members()} names each of them, so that {@link #missing()} can tell, before the first query, which ones the
 * Hibernate that runs lacks.
 */
final class HibernateInternals {

    /** The Hibernate ORM version line this class is compiled against (it runs on 7.1 too, see above). */
    static final String BUILT_FOR = "7.4";

    private static final String SCHEMA_MANAGER = "org.hibernate.relational.internal.SchemaManagerImpl";
    private static final String SCHEMA_MANAGER_METADATA = "metadata";

    private static final String FILTER_CONFIGURATION = "org.hibernate.mapping.FilterConfiguration";
    private static final String FILTER_CONFIGURATION_7_1 = "org.hibernate.internal.FilterConfiguration";
    private static final String ACTION_QUEUE = "org.hibernate.engine.spi.ActionQueue";
    private static final String AFTER_COMPLETION_CALLBACK =
            "org.hibernate.engine.spi.TransactionCompletionCallbacks$AfterCompletionCallback";
    private static final String AFTER_COMPLETION_PROCESS = "org.hibernate.action.spi.AfterTransactionCompletionProcess";

    private static final List<InternalMember> MEMBERS = List.of(
            InternalMember.oneOf(InternalMember.type(FILTER_CONFIGURATION),
                    InternalMember.type(FILTER_CONFIGURATION_7_1)),
            InternalMember.constant("org.hibernate.binder.internal.TenantIdBinder", "FILTER_NAME",
                    TenantIdBinder.FILTER_NAME),
            InternalMember.method("org.hibernate.metamodel.mapping.SoftDeleteMapping", "getSoftDeleteStrategy"),
            // the not-deleted literal, which Hibernate 7 no longer offers by name (getNonDeletedLiteralText)
            InternalMember.method("org.hibernate.metamodel.mapping.SoftDeleteMapping", "getWriteExpression"),
            InternalMember.method("org.hibernate.sql.Template", "renderWhereStringTemplate", "java.lang.String",
                    "org.hibernate.dialect.Dialect", "org.hibernate.type.spi.TypeConfiguration"),
            InternalMember.constant("org.hibernate.sql.Template", "TEMPLATE", Template.TEMPLATE),
            InternalMember.oneOf(InternalMember.method(ACTION_QUEUE, "registerCallback", AFTER_COMPLETION_CALLBACK),
                    InternalMember.method(ACTION_QUEUE, "registerProcess", AFTER_COMPLETION_PROCESS)),
            InternalMember.method("org.hibernate.action.internal.BulkOperationCleanupAction", "schedule",
                    "org.hibernate.engine.spi.SharedSessionContractImplementor", "java.util.Set"),
            InternalMember.field(SCHEMA_MANAGER, SCHEMA_MANAGER_METADATA));

    /** A filter configuration's name, condition and auto-alias flag, as {@code (Object) -> String/boolean}. */
    private static final MethodHandle[] FILTER_ACCESSORS = filterAccessors();
    /** The action queue's registration of an after-completion process, as {@code (ActionQueue, process) -> void}. */
    private static final MethodHandle REGISTER_AFTER_COMPLETION = afterCompletionRegistration();

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

    private static List<FilterMapping> mappings(List<?> filters) {
        List<FilterMapping> mappings = new ArrayList<>(filters.size());
        if (filters.isEmpty()) {
            return mappings;
        }
        String what = "the class " + FILTER_CONFIGURATION + " (7.1: " + FILTER_CONFIGURATION_7_1 + ")";
        MethodHandle name = resolved(FILTER_ACCESSORS[0], what);
        MethodHandle condition = resolved(FILTER_ACCESSORS[1], what);
        MethodHandle autoAlias = resolved(FILTER_ACCESSORS[2], what);
        try {
            for (Object filter : filters) {
                mappings.add(new FilterMapping((String) name.invokeExact(filter),
                        (String) condition.invokeExact(filter), (boolean) autoAlias.invokeExact(filter)));
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        return mappings;
    }

    /** Hibernate 7.4's {@code org.hibernate.mapping.FilterConfiguration}, 7.1's {@code org.hibernate.internal} one. */
    private static MethodHandle[] filterAccessors() {
        Class<?> type = firstPresent(FILTER_CONFIGURATION, FILTER_CONFIGURATION_7_1);
        if (type == null) {
            return new MethodHandle[3];
        }
        try {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            return new MethodHandle[] {
                accessor(lookup, type, "getName", String.class),
                accessor(lookup, type, "getCondition", String.class),
                accessor(lookup, type, "useAutoAliasInjection", boolean.class)};
        } catch (ReflectiveOperationException e) {
            return new MethodHandle[3];
        }
    }

    private static MethodHandle accessor(MethodHandles.Lookup lookup, Class<?> type, String name, Class<?> result)
            throws ReflectiveOperationException {
        return lookup.findVirtual(type, name, MethodType.methodType(result)).asType(MethodType.methodType(result,
                Object.class));
    }

    /**
     * Hibernate 7.4's {@code ActionQueue#registerCallback(AfterCompletionCallback)} (which
     * {@link AfterTransactionCompletionProcess} extends there), or 7.1's
     * {@code registerProcess(AfterTransactionCompletionProcess)}.
     */
    private static MethodHandle afterCompletionRegistration() {
        MethodType type = MethodType.methodType(void.class, ActionQueue.class, AfterTransactionCompletionProcess.class);
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        for (String[] form : new String[][] {{"registerCallback", AFTER_COMPLETION_CALLBACK},
                {"registerProcess", AFTER_COMPLETION_PROCESS}}) {
            Class<?> parameter = firstPresent(form[1]);
            if (parameter != null && parameter.isAssignableFrom(AfterTransactionCompletionProcess.class)) {
                try {
                    return lookup.findVirtual(ActionQueue.class, form[0], MethodType.methodType(void.class, parameter))
                            .asType(type);
                } catch (ReflectiveOperationException e) {
                    // the other form
                }
            }
        }
        return null;
    }

    private static Class<?> firstPresent(String... names) {
        for (String name : names) {
            try {
                return Class.forName(name, false, SessionFactoryImplementor.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                // the next name
            }
        }
        return null;
    }

    /** {@code handle}, unless it could not be resolved ({@link #missing()} refuses such a unit before). */
    private static MethodHandle resolved(MethodHandle handle, String what) {
        if (handle == null) {
            throw new IllegalStateException("Hibernate ORM " + Version.getVersionString() + " lacks " + what);
        }
        return handle;
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
        AfterTransactionCompletionProcess process = (success, s) -> callback.run();
        try {
            resolved(REGISTER_AFTER_COMPLETION, ACTION_QUEUE + "#registerCallback(" + AFTER_COMPLETION_CALLBACK
                    + ") (7.1: #registerProcess(" + AFTER_COMPLETION_PROCESS + "))")
                    .invokeExact(session.getActionQueue(), process);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
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
