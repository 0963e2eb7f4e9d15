package io.github.jooqcdi.jaxrs;

import org.jooq.EnumType;
import org.jooq.JSON;
import org.jooq.JSONB;
import org.jooq.Record;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Collection;

/**
 * One value of a row as JSON and as text, the same in both formats: ISO-8601 dates and times (seconds always, the
 * fraction when not zero; {@code java.util.Date} and {@code java.sql} types as the local date-time JDBC read),
 * decimals without exponent, binary as Base64, enums by their literal. jOOQ's own formatting writes legacy dates with
 * {@code toString()} and escapes backslashes in CSV, which RFC 4180 does not.
 */
final class Cells {

    private Cells() {
    }

    /** The value as text: what a CSV field holds (before quoting) and a JSON string's content. */
    static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof LocalDateTime t) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t);
        }
        if (value instanceof LocalTime t) {
            return DateTimeFormatter.ISO_LOCAL_TIME.format(t);
        }
        if (value instanceof OffsetDateTime t) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
        }
        if (value instanceof ZonedDateTime t) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
        }
        if (value instanceof OffsetTime t) {
            return DateTimeFormatter.ISO_OFFSET_TIME.format(t);
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof java.sql.Time t) {
            return DateTimeFormatter.ISO_LOCAL_TIME.format(t.toLocalTime());
        }
        if (value instanceof java.sql.Timestamp t) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t.toLocalDateTime());
        }
        if (value instanceof java.util.Date d) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(new java.sql.Timestamp(d.getTime()).toLocalDateTime());
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof EnumType e) {
            return e.getLiteral();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (isStructured(value)) {
            StringWriter out = new StringWriter();
            try {
                json(value, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString();
        }
        return String.valueOf(value);
    }

    /** Whether the value is nested data (a record, an array, a collection, JSON), written as JSON in a CSV field. */
    private static boolean isStructured(Object value) {
        return value instanceof Record || value instanceof Object[] || value instanceof Collection
                || value instanceof JSON || value instanceof JSONB;
    }

    /** Writes the value as a JSON value. */
    static void json(Object value, Writer out) throws IOException {
        if (value == null) {
            out.write("null");
        } else if (value instanceof Boolean) {
            out.write(value.toString());
        } else if (value instanceof Double d && (d.isNaN() || d.isInfinite())
                || value instanceof Float f && (f.isNaN() || f.isInfinite())) {
            string(value.toString(), out); // JSON has no NaN or Infinity
        } else if (value instanceof BigDecimal d) {
            out.write(d.toPlainString());
        } else if (value instanceof Number) {
            out.write(value.toString());
        } else if (value instanceof JSON j) {
            out.write(j.data() == null ? "null" : j.data());
        } else if (value instanceof JSONB j) {
            out.write(j.data() == null ? "null" : j.data());
        } else if (value instanceof Record r) {
            object(r, out);
        } else if (value instanceof Object[] array) {
            out.write('[');
            for (int i = 0; i < array.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                json(array[i], out);
            }
            out.write(']');
        } else if (value instanceof Collection<?> values) {
            out.write('[');
            boolean first = true;
            for (Object element : values) {
                if (!first) {
                    out.write(',');
                }
                json(element, out);
                first = false;
            }
            out.write(']');
        } else {
            string(text(value), out);
        }
    }

    /** Writes a record as a JSON object keyed by field name, in select order. */
    static void object(Record record, Writer out) throws IOException {
        out.write('{');
        for (int i = 0; i < record.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            string(record.field(i).getName(), out);
            out.write(':');
            json(record.get(i), out);
        }
        out.write('}');
    }

    /** Writes a JSON string (RFC 8259): quotes, backslashes and control characters escaped. */
    static void string(String s, Writer out) throws IOException {
        out.write('"');
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escaped = switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case '\b' -> "\\b";
                case '\f' -> "\\f";
                case '\u2028', '\u2029' -> String.format("\\u%04x", (int) c); // valid JSON, but not in JavaScript source
                default -> c < 0x20 ? String.format("\\u%04x", (int) c) : null;
            };
            if (escaped != null) {
                out.write(s, start, i - start);
                out.write(escaped);
                start = i + 1;
            }
        }
        out.write(s, start, s.length() - start);
        out.write('"');
    }

    /** Writes a CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF, inner quotes doubled. */
    static void csv(Object value, Writer out) throws IOException {
        if (value == null) {
            return; // an empty field; an empty string is "" (quoted), so the two stay apart
        }
        String s = text(value);
        boolean quote = s.isEmpty();
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        if (!quote) {
            out.write(s);
            return;
        }
        out.write('"');
        out.write(s.replace("\"", "\"\""));
        out.write('"');
    }
}
