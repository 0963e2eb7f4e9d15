package io.github.jooqcdi.metadata;

import jakarta.persistence.AttributeConverter;
import org.jooq.Converter;
import org.jooq.impl.EnumConverter;

import java.sql.Timestamp;
import java.util.Calendar;

/**
 * The jOOQ converters a mapping reader attaches to a column so that a field's Java type is the attribute's Java type.
 */
public final class AttributeConverters {

    /** A {@code char}/{@code Character} attribute, stored as a one-character string (jOOQ has no character type). */
    public static final Converter<String, Character> CHARACTER = Converter.ofNullable(String.class, Character.class,
            s -> s.isEmpty() ? null : s.charAt(0), String::valueOf);

    private AttributeConverters() {
    }

    /** An {@code @Enumerated(ORDINAL)} attribute stored as its ordinal. */
    public static <E extends Enum<E>> Converter<Integer, E> ordinal(Class<E> enumType) {
        E[] constants = enumType.getEnumConstants();
        return Converter.ofNullable(Integer.class, enumType, i -> constants[i], Enum::ordinal);
    }

    /** An {@code @Enumerated(STRING)} attribute stored as its name. */
    public static <E extends Enum<E>> Converter<String, E> string(Class<E> enumType) {
        return new EnumConverter<>(String.class, enumType, Enum::name);
    }

    /** A {@code @Convert} attribute: delegates to the application's JPA {@link AttributeConverter}. */
    public static <X, Y> Converter<Y, X> jpa(AttributeConverter<X, Y> converter, Class<Y> databaseType,
                                             Class<X> attributeType) {
        return Converter.of(databaseType, attributeType, converter::convertToEntityAttribute,
                converter::convertToDatabaseColumn);
    }

    /** A legacy {@code java.util.Date} attribute, bound as the JDBC type its {@code @Temporal} names. */
    public static <T extends java.util.Date> Converter<T, java.util.Date> utilDate(Class<T> jdbcType) {
        return Converter.ofNullable(jdbcType, java.util.Date.class, d -> new java.util.Date(d.getTime()),
                d -> toJdbc(jdbcType, d.getTime()));
    }

    /** A legacy {@code java.util.Calendar} attribute, bound as the JDBC type its {@code @Temporal} names. */
    public static <T extends java.util.Date> Converter<T, Calendar> calendar(Class<T> jdbcType) {
        return Converter.ofNullable(jdbcType, Calendar.class, d -> {
            Calendar c = Calendar.getInstance();
            c.setTimeInMillis(d.getTime());
            return c;
        }, c -> toJdbc(jdbcType, c.getTimeInMillis()));
    }

    private static <T extends java.util.Date> T toJdbc(Class<T> jdbcType, long millis) {
        if (jdbcType == java.sql.Date.class) {
            return jdbcType.cast(new java.sql.Date(millis));
        }
        if (jdbcType == java.sql.Time.class) {
            return jdbcType.cast(new java.sql.Time(millis));
        }
        return jdbcType.cast(new Timestamp(millis));
    }
}
