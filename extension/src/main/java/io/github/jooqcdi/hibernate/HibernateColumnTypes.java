package io.github.jooqcdi.hibernate;

import io.github.jooqcdi.metadata.AttributeConverters;
import jakarta.persistence.AttributeConverter;
import org.hibernate.boot.Metadata;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.Size;
import org.hibernate.mapping.BasicValue;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.Value;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.converter.spi.BasicValueConverter;
import org.hibernate.type.descriptor.converter.spi.JpaAttributeConverter;
import org.hibernate.type.descriptor.jdbc.JdbcType;
import org.jooq.Converter;
import org.jooq.tools.reflect.Reflect;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.sql.Types;
import java.util.Calendar;
import java.util.List;

/**
 * The Java types of one Hibernate column, from the {@link JdbcMapping} Hibernate resolved for it at boot (the one its
 * schema exporter and its JDBC binding use): the type JDBC binds, the jOOQ converter to the attribute's Java type, and
 * the size Hibernate declares in its DDL.
 */
final class HibernateColumnTypes {

    /**
     * The types of a column.
     *
     * @param databaseType the Java type JDBC binds
     * @param converter    to the attribute's type, or {@code null}
     * @param lob          whether it is a CLOB/BLOB
     * @param length       the declared length of a character or binary column
     * @param precision    the declared precision of a decimal column
     * @param scale        the declared scale of a decimal column
     */
    record ColumnType(Class<?> databaseType, Converter<?, ?> converter, boolean lob, Integer length,
                      Integer precision, Integer scale) {
    }


    private final Metadata metadata;
    private final Dialect dialect;

    HibernateColumnTypes(Metadata metadata, Dialect dialect) {
        this.metadata = metadata;
        this.dialect = dialect;
    }

    ColumnType of(Column column) {
        JdbcMapping mapping = jdbcMapping(column);
        if (mapping == null) {
            return withoutMapping(column);
        }
        JdbcType jdbcType = mapping.getJdbcType();
        Class<?> domainType = Reflect.wrapper(mapping.getJavaTypeDescriptor().getJavaTypeClass());
        BasicValueConverter<?, ?> valueConverter = mapping.getValueConverter();
        Class<?> databaseType;
        Converter<?, ?> converter = null;
        if (valueConverter instanceof JpaAttributeConverter<?, ?> jpa) {
            databaseType = Reflect.wrapper(jpa.getRelationalJavaType().getJavaTypeClass());
            converter = jpaConverter(jpa, databaseType, Reflect.wrapper(jpa.getDomainJavaType().getJavaTypeClass()));
        } else if (domainType.isEnum()) {
            boolean ordinal = jdbcType.isNumber();
            databaseType = ordinal ? Integer.class : String.class;
            converter = enumConverter(domainType, ordinal);
        } else if (valueConverter != null) {
            databaseType = Reflect.wrapper(valueConverter.getRelationalJavaType().getJavaTypeClass());
            converter = generic(valueConverter, databaseType, Reflect.wrapper(valueConverter.getDomainJavaType().getJavaTypeClass()));
        } else if (isLegacyTemporal(declaredType(column))) {
            databaseType = legacyJdbcType(jdbcType);
            converter = Calendar.class.isAssignableFrom(declaredType(column))
                    ? AttributeConverters.calendar(sqlDate(databaseType))
                    : AttributeConverters.utilDate(sqlDate(databaseType));
        } else {
            databaseType = domainType;
        }
        return sized(column, databaseType, converter, jdbcType);
    }

    private JdbcMapping jdbcMapping(Column column) {
        Value value = column.getValue();
        if (value == null) {
            return null;
        }
        List<Selectable> selectables = value.getSelectables();
        for (int i = 0; i < selectables.size(); i++) {
            if (selectables.get(i) == column) {
                return value.getSelectableType(metadata, i);
            }
        }
        int index = value.getColumns().indexOf(column);
        return index < 0 ? null : value.getSelectableType(metadata, index);
    }

    private ColumnType sized(Column column, Class<?> databaseType, Converter<?, ?> converter, JdbcType jdbcType) {
        boolean lob = jdbcType.isLob();
        Integer length = null;
        Integer precision = null;
        Integer scale = null;
        Size size = column.getValue() == null ? null : column.getColumnSize(dialect, metadata);
        if (size != null && !lob && declaresSize(column)) {
            if ((jdbcType.isStringLike() || jdbcType.isBinary()) && size.getLength() != null
                    && jdbcType.getDdlTypeCode() != SqlTypes.ENUM && jdbcType.getDdlTypeCode() != SqlTypes.NAMED_ENUM) {
                length = (int) Math.min(Integer.MAX_VALUE, size.getLength());
            } else if (jdbcType.isDecimal() || databaseType == BigDecimal.class) {
                precision = size.getPrecision();
                scale = size.getScale();
            }
        }
        return new ColumnType(databaseType, converter, lob, length, precision, scale);
    }

    /** Whether the DDL type Hibernate renders carries a size ({@code varchar(40)}, not PostgreSQL's {@code bytea}). */
    private boolean declaresSize(Column column) {
        try {
            return column.getSqlType(metadata).indexOf('(') > 0;
        } catch (RuntimeException e) {
            return true;
        }
    }

    /** A column Hibernate created without a mapped value (the table of a table generator): typed by its SQL type. */
    private static ColumnType withoutMapping(Column column) {
        Integer code = column.getSqlTypeCode();
        Class<?> type = code == null ? Object.class : switch (code) {
            case Types.BIGINT -> Long.class;
            case Types.INTEGER -> Integer.class;
            case Types.SMALLINT, Types.TINYINT -> Short.class;
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR -> String.class;
            case Types.NUMERIC, Types.DECIMAL -> BigDecimal.class;
            case Types.BOOLEAN, Types.BIT -> Boolean.class;
            default -> Object.class;
        };
        Long length = column.getLength();
        return new ColumnType(type, null, false,
                type == String.class ? Integer.valueOf(length == null ? 255 : length.intValue()) : null,
                column.getPrecision(), column.getScale());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Converter<?, ?> jpaConverter(JpaAttributeConverter<?, ?> jpa, Class<?> databaseType,
                                                Class<?> attributeType) {
        AttributeConverter instance = jpa.getConverterBean().getBeanInstance();
        return AttributeConverters.jpa(instance, (Class) databaseType, (Class) attributeType);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Converter<?, ?> enumConverter(Class<?> enumType, boolean ordinal) {
        return ordinal ? AttributeConverters.ordinal((Class) enumType) : AttributeConverters.string((Class) enumType);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Converter<?, ?> generic(BasicValueConverter converter, Class databaseType, Class attributeType) {
        return Converter.of(databaseType, attributeType, converter::toDomainValue, converter::toRelationalValue);
    }

    /**
     * The Java type the attribute declares, where Hibernate's resolved type differs from it: a {@code @Temporal}
     * {@code java.util.Date} resolves to {@code java.sql.Date}/{@code Time}/{@code Timestamp}.
     */
    private static Class<?> declaredType(Column column) {
        if (column.getValue() instanceof BasicValue basic) {
            Type type = basic.getResolvedJavaType();
            if (type instanceof ParameterizedType parameterized) {
                type = parameterized.getRawType();
            }
            if (type instanceof Class<?> declared) {
                return declared;
            }
        }
        return Object.class;
    }

    private static boolean isLegacyTemporal(Class<?> type) {
        return type == java.util.Date.class || Calendar.class.isAssignableFrom(type);
    }

    private static Class<?> legacyJdbcType(JdbcType jdbcType) {
        return switch (jdbcType.getDefaultSqlTypeCode()) {
            case Types.DATE -> java.sql.Date.class;
            case Types.TIME, Types.TIME_WITH_TIMEZONE -> java.sql.Time.class;
            default -> java.sql.Timestamp.class;
        };
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends java.util.Date> sqlDate(Class<?> type) {
        return (Class<? extends java.util.Date>) type;
    }

}
