package io.github.jooqcdi.eclipselink;

import io.github.jooqcdi.provider.InternalMember;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.eclipse.persistence.Version;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.internal.databaseaccess.DatasourceCall;
import org.eclipse.persistence.internal.expressions.ParameterExpression;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.mappings.converters.ConverterClass;
import org.eclipse.persistence.platform.database.DatabasePlatform;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.UnitOfWork;
import org.eclipse.persistence.sessions.server.ConnectionPool;
import org.eclipse.persistence.tools.schemaframework.FieldDefinition;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The one place where jooq-cdi uses what EclipseLink does not publish: classes of {@code org.eclipse.persistence.internal}
 * (sessions, accessors, calls, expressions), public methods whose signatures name them, and non-public members read by
 * reflection. The rest of the package uses EclipseLink's public API; it also handles {@code DatabaseField} and
 * {@code DatabaseTable} (internal classes that public API such as {@code ClassDescriptor.getFields()} hands out) and
 * calls their getters, which {@link #MEMBERS} lists too.
 * <p>
 * One source serves EclipseLink 4 (Jakarta EE 10) and 5 (Jakarta EE 11): the members are the same in 4.0.7 (Payara 6),
 * 4.0.9, 5.0.0 and 5.0.1 (Payara 7), except the platform's column types, which EclipseLink 4 describes with its
 * internal {@code FieldTypeDefinition} and EclipseLink 5 with public API ({@link #columnTypeSize}). {@link #missing()} lists the members the running EclipseLink lacks, and
 * {@link #requireMembers()} turns them into one clear startup failure instead of a {@code NoSuchMethodError} at the first
 * query.
 */
final class EclipseLinkInternals {

    private static final String INTERNAL = "org.eclipse.persistence.internal.";
    private static final String UNIT_OF_WORK = INTERNAL + "sessions.UnitOfWorkImpl";
    private static final String ACCESSOR = INTERNAL + "databaseaccess.Accessor";
    private static final String DATASOURCE_CALL = INTERNAL + "databaseaccess.DatasourceCall";
    private static final String PARAMETER_TYPE = DATASOURCE_CALL + "$ParameterType";
    private static final String PARAMETER_EXPRESSION = INTERNAL + "expressions.ParameterExpression";
    private static final String DATABASE_FIELD = INTERNAL + "helper.DatabaseField";
    private static final String DATABASE_TABLE = INTERNAL + "helper.DatabaseTable";
    private static final String FIELD_TYPE_DEFINITION = INTERNAL + "databaseaccess.FieldTypeDefinition";
    private static final String CONNECTION_POOL = "org.eclipse.persistence.sessions.server.ConnectionPool";
    private static final String PLATFORM = INTERNAL + "databaseaccess.DatabasePlatform";

    /** Every member this class uses, and the getters of the internal types public API hands out. */
    static final List<InternalMember> MEMBERS = List.of(
            InternalMember.returning("org.eclipse.persistence.jpa.JpaEntityManagerFactory", "getDatabaseSession",
                    INTERNAL + "sessions.DatabaseSessionImpl"),
            InternalMember.type(UNIT_OF_WORK),
            InternalMember.returning(UNIT_OF_WORK, "hasCloneMapping", "boolean"),
            InternalMember.returning(UNIT_OF_WORK, "getCloneMapping", "java.util.Map"),
            InternalMember.returning(UNIT_OF_WORK, "hasNewObjects", "boolean"),
            InternalMember.returning(UNIT_OF_WORK, "getNewObjectsCloneToOriginal", "java.util.Map"),
            InternalMember.returning(UNIT_OF_WORK, "hasDeletedObjects", "boolean"),
            InternalMember.returning(UNIT_OF_WORK, "getDeletedObjects", "java.util.Map"),
            InternalMember.returning(CONNECTION_POOL, "acquireConnection", ACCESSOR),
            InternalMember.returning(CONNECTION_POOL, "releaseConnection", "void", ACCESSOR),
            InternalMember.returning(ACCESSOR, "getConnection", "java.sql.Connection"),
            InternalMember.returning("org.eclipse.persistence.queries.DatabaseQuery", "getCall",
                    INTERNAL + "databaseaccess.DatabaseCall"),
            InternalMember.returning(DATASOURCE_CALL, "getParameters", "java.util.List"),
            InternalMember.returning(DATASOURCE_CALL, "getParameterTypes", "java.util.List"),
            InternalMember.field(PARAMETER_TYPE, "TRANSLATION"),
            InternalMember.field(PARAMETER_TYPE, "LITERAL"),
            InternalMember.returning(PARAMETER_EXPRESSION, "getField", DATABASE_FIELD),
            InternalMember.field("org.eclipse.persistence.mappings.converters.ConverterClass", "attributeConverter"),
            InternalMember.returning(PLATFORM, "getFieldTypeDefinition", FIELD_TYPE_DEFINITION, "java.lang.Class")
                    .before(5),
            InternalMember.returning(FIELD_TYPE_DEFINITION, "isSizeAllowed", "boolean").before(5),
            InternalMember.returning(FIELD_TYPE_DEFINITION, "isSizeRequired", "boolean").before(5),
            InternalMember.returning(FIELD_TYPE_DEFINITION, "getDefaultSize", "int").before(5),
            InternalMember.returning(FIELD_TYPE_DEFINITION, "getDefaultSubSize", "int").before(5),
            // handed out by public API (ClassDescriptor, mappings), read by the mapping readers
            InternalMember.returning(DATABASE_FIELD, "getName", "java.lang.String"),
            InternalMember.returning(DATABASE_FIELD, "getQualifiedName", "java.lang.String"),
            InternalMember.returning(DATABASE_FIELD, "getTable", DATABASE_TABLE),
            InternalMember.returning(DATABASE_FIELD, "getType", "java.lang.Class"),
            InternalMember.returning(DATABASE_FIELD, "shouldUseDelimiters", "boolean"),
            InternalMember.returning(DATABASE_TABLE, "getName", "java.lang.String"),
            InternalMember.returning(DATABASE_TABLE, "getTableQualifier", "java.lang.String"));

    private static volatile String problem;

    private EclipseLinkInternals() {
    }

    // ---- the self-check

    /** The running EclipseLink's version, as {@code org.eclipse.persistence.Version} gives it. */
    static String version() {
        return Version.getVersion();
    }

    /** The members of {@link #MEMBERS} that the running EclipseLink lacks. */
    static List<InternalMember> missing() {
        return missing(MEMBERS);
    }

    /** The members of {@code members} that the running EclipseLink needs and lacks. */
    static List<InternalMember> missing(List<InternalMember> members) {
        return InternalMember.missing(members, Version.class.getClassLoader(), major(version()));
    }

    /** What to say when members are missing: each of them, and the version found. */
    static String message(List<InternalMember> missing) {
        return "jooq-cdi cannot use EclipseLink " + version() + ": it lacks " + missing.size() + " internal member(s) "
                + "that jooq-cdi's EclipseLink adapter uses: " + missing.stream().map(InternalMember::toString)
                .collect(Collectors.joining(", ")) + ". Use the jooq-cdi build of this EclipseLink's line (Jakarta EE "
                + "10: EclipseLink 4.0; Jakarta EE 11: EclipseLink 5.0), or an EclipseLink version it was tested with.";
    }

    /**
     * Fails with {@link #message} when the running EclipseLink lacks a member: checked once, at the first unit's
     * startup.
     *
     * @throws IllegalStateException naming the missing members and the version found
     */
    static void requireMembers() {
        String known = problem;
        if (known == null) {
            List<InternalMember> missing = missing();
            known = missing.isEmpty() ? "" : message(missing);
            problem = known;
        }
        if (!known.isEmpty()) {
            throw new IllegalStateException(known);
        }
    }

    /** The same check of {@code members}, uncached. */
    static void require(List<InternalMember> members) {
        List<InternalMember> missing = missing(members);
        if (!missing.isEmpty()) {
            throw new IllegalStateException(message(missing));
        }
    }

    static int major(String version) {
        String digits = version == null ? "" : version.replaceFirst("^(\\d+).*$", "$1");
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    // ---- the uses

    /** The unit's deployed session (EclipseLink deploys a unit lazily: this deploys it if nothing has yet). */
    static DatabaseSession session(EntityManagerFactory emf) {
        JpaEntityManagerFactory factory = emf instanceof JpaEntityManagerFactory f ? f
                : emf.unwrap(JpaEntityManagerFactory.class);
        return factory.getDatabaseSession();
    }

    /**
     * Whether the persistence context of {@code em} holds an entity passing {@code type}: its registered clones, which
     * include the new ones (persist), and the removed ones until the transaction ends.
     */
    static boolean holdsEntity(EntityManager em, Predicate<Class<?>> type) {
        UnitOfWorkImpl unitOfWork = (UnitOfWorkImpl) em.unwrap(UnitOfWork.class);
        return unitOfWork.hasCloneMapping() && holds(unitOfWork.getCloneMapping(), type)
                || unitOfWork.hasNewObjects() && holds(unitOfWork.getNewObjectsCloneToOriginal(), type)
                || unitOfWork.hasDeletedObjects() && holds(unitOfWork.getDeletedObjects(), type);
    }

    private static boolean holds(Map<?, ?> objects, Predicate<Class<?>> type) {
        for (Object object : objects.keySet()) {
            if (type.test(object.getClass())) {
                return true;
            }
        }
        return false;
    }

    /** A connection borrowed from EclipseLink's own pool, with what hands it back. */
    record PooledConnection(Connection connection, Runnable release) {
    }

    /**
     * Borrows a pooled accessor's connection (or {@code null} connection, already handed back, when the accessor has
     * none).
     */
    static PooledConnection acquire(ConnectionPool pool) {
        Accessor accessor = pool.acquireConnection();
        Connection connection = accessor.getConnection();
        if (connection == null) {
            pool.releaseConnection(accessor);
            return new PooledConnection(null, () -> { });
        }
        return new PooledConnection(connection, () -> pool.releaseConnection(accessor));
    }

    /** One parameter of the SQL EclipseLink prepared for a query. */
    sealed interface CallParameter {
    }

    /** A parameter whose value EclipseLink takes from the session's property of this name (a tenant, a criteria). */
    record PropertyParameter(String property) implements CallParameter {
    }

    /** A value EclipseLink binds as it is. */
    record LiteralParameter(Object value) implements CallParameter {
    }

    /** A parameter of another kind, described. */
    record OtherParameter(String description) implements CallParameter {
    }

    /** The SQL of a query {@code prepareCall} prepared, and its parameters in order. */
    record PreparedCall(String sql, List<CallParameter> parameters) {
    }

    static PreparedCall preparedCall(DatabaseQuery query) {
        DatabaseCall call = query.getCall();
        List<CallParameter> parameters = new ArrayList<>();
        for (int i = 0; i < call.getParameters().size(); i++) {
            Object p = call.getParameters().get(i);
            DatasourceCall.ParameterType kind = call.getParameterTypes().get(i);
            if (kind == DatasourceCall.ParameterType.TRANSLATION && p instanceof ParameterExpression e) {
                parameters.add(new PropertyParameter(e.getField().getName()));
            } else if (kind == DatasourceCall.ParameterType.LITERAL) {
                parameters.add(new LiteralParameter(p));
            } else {
                parameters.add(new OtherParameter(p + " of kind " + kind));
            }
        }
        return new PreparedCall(call.getSQLString(), parameters);
    }

    /** The application's converter instance that EclipseLink created (and, in a container, injected), or null. */
    static AttributeConverter<?, ?> applicationConverter(ConverterClass<?, ?, ?> converter) {
        try {
            Field field = ConverterClass.class.getDeclaredField("attributeConverter");
            field.setAccessible(true);
            return (AttributeConverter<?, ?>) field.get(converter);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** How the platform's schema generation sizes a column type: whether it prints a size, and its default. */
    record ColumnTypeSize(boolean sizeAllowed, boolean sizeRequired, int defaultSize, int defaultSubSize) {
    }

    /**
     * How the platform's schema generation sizes a column of Java type {@code type}, or {@code null} when the
     * platform has no type for it. EclipseLink 4 keeps the platform's column types as internal
     * {@code FieldTypeDefinition}s (4.0.9's public {@code DDLPlatform.getDatabaseType} knows only generic defaults, and
     * 4.0.7 has no {@code DDLPlatform}); EclipseLink 5 publishes them as {@code DDLPlatform.getDatabaseType}.
     */
    static ColumnTypeSize columnTypeSize(DatabasePlatform platform, Class<?> type) {
        if (major(version()) >= 5) {
            return PublishedTypes.size(platform, type);
        }
        try {
            Object definition = platform.getClass().getMethod("getFieldTypeDefinition", Class.class)
                    .invoke(platform, type);
            if (definition == null) {
                return null;
            }
            Class<?> c = definition.getClass();
            return new ColumnTypeSize((Boolean) c.getMethod("isSizeAllowed").invoke(definition),
                    (Boolean) c.getMethod("isSizeRequired").invoke(definition),
                    (Integer) c.getMethod("getDefaultSize").invoke(definition),
                    (Integer) c.getMethod("getDefaultSubSize").invoke(definition));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("EclipseLink " + version() + " has no FieldTypeDefinition to read", e);
        }
    }

    /** EclipseLink 5's public column types; a class of its own, loaded only there (4.0.7 lacks their classes). */
    private static final class PublishedTypes {

        static ColumnTypeSize size(DatabasePlatform platform, Class<?> type) {
            FieldDefinition.DatabaseType databaseType = platform.getDatabaseType(type);
            return databaseType == null ? null : new ColumnTypeSize(databaseType.allowSize(),
                    databaseType.requireSize(), databaseType.defaultSize(), databaseType.defaultSubSize());
        }
    }
}
