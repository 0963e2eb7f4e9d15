package io.github.jooqcdi.metadata;

import org.jooq.Converter;

/**
 * One column as the JPA provider maps it.
 *
 * @param name         the column name as the provider renders it (unquoted unless {@code delimited})
 * @param delimited    whether the provider quotes the name (JPA delimited identifiers)
 * @param databaseType the Java type JDBC binds for this column ({@code Integer} for an ordinal enum,
 *                     {@code String} for a string enum, a converter's database type, {@code java.sql.Timestamp}
 *                     for a {@code @Temporal(TIMESTAMP) java.util.Date}, the target id type for a join column)
 * @param lob          whether the column is a {@code @Lob} (CLOB for text, BLOB for bytes)
 * @param length       the declared length of a character or binary column, or {@code null}
 * @param precision    the declared precision of a decimal column, or {@code null}
 * @param scale        the declared scale of a decimal column, or {@code null}
 * @param nullable     whether the column accepts {@code NULL}
 * @param identity     whether the database generates its value (identity/auto-increment)
 * @param converter    converts {@code databaseType} to the attribute's Java type, or {@code null} when the
 *                     field's type is {@code databaseType} itself
 */
public record ColumnModel(String name, boolean delimited, Class<?> databaseType, boolean lob,
                          Integer length, Integer precision, Integer scale,
                          boolean nullable, boolean identity, Converter<?, ?> converter) {

    /** The Java type of the jOOQ field: the converter's user type, else the database type. */
    public Class<?> fieldType() {
        return converter == null ? databaseType : converter.toType();
    }

    /** The same column, merged with another mapping of it (a column mapped twice stays nullable if either says so). */
    public ColumnModel mergedWith(ColumnModel other) {
        return new ColumnModel(name, delimited, databaseType, lob || other.lob,
                length != null ? length : other.length,
                precision != null ? precision : other.precision,
                scale != null ? scale : other.scale,
                nullable || other.nullable, identity || other.identity,
                converter != null ? converter : other.converter);
    }
}
