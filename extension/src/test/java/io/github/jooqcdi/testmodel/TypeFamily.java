package io.github.jooqcdi.testmodel;

import org.jooq.DataType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.UUID;

/**
 * The kind of value a column holds, coarse enough that a jOOQ {@link DataType} and an H2 column type can be compared:
 * sizes within a family (e.g. {@code SMALLINT} and {@code BIGINT}, {@code REAL} and {@code DOUBLE PRECISION},
 * {@code VARCHAR} and {@code CLOB}) do not change how jOOQ binds and reads a value, a different family does.
 * {@code TIME WITH TIME ZONE} counts as {@link #TIME}, an H2 {@code ENUM} as {@link #TEXT}. {@link #OTHER} is everything else on both sides: jOOQ's
 * {@code OTHER} (a column jooq-cdi could not type), and database types such as {@code JSON},
 * {@code ARRAY}, {@code INTERVAL} or {@code JAVA_OBJECT}.
 */
public enum TypeFamily {
    TEXT, INTEGER, DECIMAL, FLOATING, BOOLEAN, DATE, TIME, TIMESTAMP, TIMESTAMP_WITH_ZONE, BINARY, UUID, OTHER;

    /** The family of a jOOQ data type, by the Java type of its SQL data type (before any converter). */
    public static TypeFamily of(DataType<?> type) {
        DataType<?> sql = type.getSQLDataType() == null ? type : type.getSQLDataType();
        Class<?> t = sql.getType();
        if (t == String.class || t == Character.class) {
            return TEXT;
        }
        if (t == Byte.class || t == Short.class || t == Integer.class || t == Long.class || t == BigInteger.class) {
            return INTEGER;
        }
        if (t == BigDecimal.class) {
            return DECIMAL;
        }
        if (t == Float.class || t == Double.class) {
            return FLOATING;
        }
        if (t == Boolean.class) {
            return BOOLEAN;
        }
        if (t == java.sql.Date.class || t == LocalDate.class) {
            return DATE;
        }
        if (t == java.sql.Time.class || t == LocalTime.class || t == OffsetTime.class) {
            return TIME;
        }
        if (t == java.sql.Timestamp.class || t == LocalDateTime.class) {
            return TIMESTAMP;
        }
        if (t == OffsetDateTime.class || t == ZonedDateTime.class || t == Instant.class) {
            return TIMESTAMP_WITH_ZONE;
        }
        if (t == byte[].class) {
            return BINARY;
        }
        if (t == java.util.UUID.class) {
            return UUID;
        }
        return OTHER;
    }

    /** The family of an H2 (2.x) column type name, as JDBC metadata reports it. */
    public static TypeFamily of(String databaseTypeName) {
        if (databaseTypeName.startsWith("ENUM(")) {
            return TEXT; // H2's ENUM('A', 'B') (Hibernate's @Enumerated(STRING)) binds and reads as its labels' text
        }
        return switch (databaseTypeName.toUpperCase(Locale.ROOT)) {
            case "CHARACTER", "CHARACTER VARYING", "VARCHAR_IGNORECASE", "CHARACTER LARGE OBJECT" -> TEXT;
            case "TINYINT", "SMALLINT", "INTEGER", "BIGINT" -> INTEGER;
            case "NUMERIC", "DECIMAL", "DECFLOAT" -> DECIMAL;
            case "REAL", "DOUBLE PRECISION", "FLOAT" -> FLOATING;
            case "BOOLEAN" -> BOOLEAN;
            case "DATE" -> DATE;
            case "TIME", "TIME WITH TIME ZONE" -> TIME;
            case "TIMESTAMP" -> TIMESTAMP;
            case "TIMESTAMP WITH TIME ZONE" -> TIMESTAMP_WITH_ZONE;
            case "BINARY", "BINARY VARYING", "BINARY LARGE OBJECT" -> BINARY;
            case "UUID" -> UUID;
            default -> OTHER;
        };
    }

    /** Whether a column of this family has a length (character and binary types). */
    public boolean hasLength() {
        return this == TEXT || this == BINARY;
    }

    /** How the messages name the family: {@code timestamp with zone}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
