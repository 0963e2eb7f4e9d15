package io.github.jooqcdi.eclipselink;

import org.jooq.Converter;

/**
 * How JDBC binds one column that an attribute maps: the database-side Java type, whether it is a LOB, and the jOOQ
 * converter to the attribute's Java type ({@code null} when the attribute's type is the database type).
 */
record ColumnType(Class<?> databaseType, boolean lob, Converter<?, ?> converter) {
}
