package io.github.jooqcdi.eclipselink;

import io.github.jooqcdi.metadata.AttributeConverters;
import jakarta.persistence.AttributeConverter;
import org.eclipse.persistence.mappings.converters.ConverterClass;
import org.eclipse.persistence.mappings.converters.EnumTypeConverter;
import org.eclipse.persistence.mappings.converters.TypeConversionConverter;
import org.eclipse.persistence.platform.database.PostgreSQLPlatform;
import org.eclipse.persistence.sessions.Session;
import org.jooq.Converter;
import org.jooq.tools.reflect.Reflect;

import java.sql.Blob;
import java.sql.Clob;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Calendar;
import java.util.UUID;

/**
 * Turns the converter EclipseLink put on a basic mapping into the database type and jOOQ converter of its column, so
 * that a jOOQ field has the attribute's Java type and binds what EclipseLink binds:
 * {@code @Enumerated} ({@link EnumTypeConverter}), {@code @Convert} ({@link ConverterClass}, through the
 * application's own {@link AttributeConverter}), {@code @Temporal java.util.Date/Calendar} and {@code @Lob}
 * ({@link TypeConversionConverter}), and any other EclipseLink converter (UUID, serialized, custom) by delegating to
 * EclipseLink itself. EclipseLink 5 maps an {@code Instant} without a converter (bound as a
 * {@code Timestamp}) and a {@code UUID} with a {@link TypeConversionConverter} to its 16 bytes.
 */
final class EclipseLinkConverters {

    private static final Converter<Timestamp, Instant> INSTANT = Converter.ofNullable(Timestamp.class, Instant.class,
            Timestamp::toInstant, Timestamp::from);

    private final Session session;

    EclipseLinkConverters(Session session) {
        this.session = session;
    }

    /**
     * @param converter     the mapping's EclipseLink converter, or {@code null}
     * @param attributeType the attribute's Java type
     * @param fieldType     the Java type EclipseLink gives the column ({@code DatabaseField.getType()})
     * @param ddlType       the Java type EclipseLink's schema generation gives the column, or {@code null}
     */
    ColumnType columnType(org.eclipse.persistence.mappings.converters.Converter converter, Class<?> attributeType,
                          Class<?> fieldType, Class<?> ddlType) {
        Class<?> attribute = Reflect.wrapper(attributeType);
        if (converter == null) {
            Class<?> type = fieldType != null ? Reflect.wrapper(fieldType) : attribute;
            if (lobType(type) != null) {
                return new ColumnType(lobType(type), true, null);
            }
            if (type == Character.class) {
                // a CHAR(1) column: jOOQ has no Character data type, so bind it as the String EclipseLink binds
                return new ColumnType(String.class, false, AttributeConverters.CHARACTER);
            }
            if (type == Instant.class) {
                // EclipseLink 5 maps an Instant as a basic type: setTimestamp(Timestamp.from(instant))
                return new ColumnType(Timestamp.class, false, INSTANT);
            }
            return new ColumnType(type, false, null);
        }
        if (converter instanceof EnumTypeConverter enumConverter) {
            return enumType(enumConverter, fieldType);
        }
        if (converter instanceof ConverterClass<?, ?, ?> jpaConverter) {
            return jpaType(jpaConverter, attribute, Reflect.wrapper(fieldType));
        }
        if (converter instanceof TypeConversionConverter typeConversion) {
            ColumnType type = typeConversionType(typeConversion);
            if (type != null) {
                return type;
            }
            if (typeConversion.getObjectClass() == UUID.class) {
                return uuidType(typeConversion);
            }
        }
        Class<?> dataType = ddlType != null ? ddlType : fieldType != null ? Reflect.wrapper(fieldType) : Object.class;
        boolean lob = lobType(dataType) != null;
        Class<?> databaseType = lob ? lobType(dataType) : dataType;
        return new ColumnType(databaseType, lob, databaseType == attribute ? null
                : delegate(converter, databaseType, attribute));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ColumnType enumType(EnumTypeConverter converter, Class<?> fieldType) {
        Class enumClass = converter.getEnumClass();
        if (fieldType != null && Number.class.isAssignableFrom(Reflect.wrapper(fieldType))) {
            return new ColumnType(Integer.class, false, AttributeConverters.ordinal(enumClass));
        }
        return new ColumnType(String.class, false, AttributeConverters.string(enumClass));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private ColumnType jpaType(ConverterClass<?, ?, ?> converter, Class<?> attribute, Class<?> databaseType) {
        AttributeConverter applicationConverter = EclipseLinkInternals.applicationConverter(converter);
        if (applicationConverter != null && databaseType != null && attribute != null) {
            return new ColumnType(databaseType, false,
                    AttributeConverters.jpa(applicationConverter, (Class) databaseType, (Class) attribute));
        }
        Class<?> type = databaseType != null ? databaseType : Object.class;
        return new ColumnType(type, false, delegate(converter, type, attribute != null ? attribute : Object.class));
    }

    private static ColumnType typeConversionType(TypeConversionConverter converter) {
        Class<?> data = converter.getDataClass();
        Class<?> object = converter.getObjectClass();
        if (data == null || object == null) {
            return null;
        }
        if (Clob.class.isAssignableFrom(data) && object == String.class) {
            return new ColumnType(String.class, true, null);
        }
        if (Blob.class.isAssignableFrom(data) && object == byte[].class) {
            return new ColumnType(byte[].class, true, null);
        }
        if (java.util.Date.class.isAssignableFrom(data) && object == java.util.Date.class) {
            return new ColumnType(data, false, utilDate(data));
        }
        if (java.util.Date.class.isAssignableFrom(data) && Calendar.class.isAssignableFrom(object)) {
            return new ColumnType(data, false, calendar(data));
        }
        return null;
    }

    /**
     * EclipseLink 5's UUID attribute, with a converter to {@code byte[]}: PostgreSQL's platform binds the UUID itself
     * (into a {@code uuid} column), the others its 16 bytes, which the converter gives.
     */
    private ColumnType uuidType(TypeConversionConverter converter) {
        if (session.getPlatform() instanceof PostgreSQLPlatform) {
            return new ColumnType(UUID.class, false, null);
        }
        return new ColumnType(byte[].class, false, delegate(converter, byte[].class, UUID.class));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Converter<?, ?> utilDate(Class<?> jdbcType) {
        return AttributeConverters.utilDate((Class) jdbcType);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Converter<?, ?> calendar(Class<?> jdbcType) {
        return AttributeConverters.calendar((Class) jdbcType);
    }

    /** A jOOQ converter that lets EclipseLink's own converter do the work. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Converter<?, ?> delegate(org.eclipse.persistence.mappings.converters.Converter converter,
                                     Class<?> databaseType, Class<?> attributeType) {
        return Converter.ofNullable((Class) databaseType, (Class) attributeType,
                value -> converter.convertDataValueToObjectValue(value, session),
                value -> converter.convertObjectValueToDataValue(value, session));
    }

    /** The Java type of a LOB column: what EclipseLink's schema generation uses for CLOB and BLOB columns. */
    static Class<?> lobType(Class<?> type) {
        if (type == null) {
            return null;
        }
        if (type == Character[].class || Clob.class.isAssignableFrom(type)) {
            return String.class;
        }
        if (type == Byte[].class || Blob.class.isAssignableFrom(type)) {
            return byte[].class;
        }
        return null;
    }

}
