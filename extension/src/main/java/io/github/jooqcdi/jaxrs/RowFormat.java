package io.github.jooqcdi.jaxrs;

import jakarta.ws.rs.core.MediaType;
import org.jooq.Field;
import org.jooq.Record;

import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.Set;

/** The two formats of the writers, chosen by the response's media type. */
enum RowFormat {

    /** {@code application/json}: an array of objects keyed by field name, in select order: {@code [{"ID":1},…]}. */
    JSON {
        @Override
        void check(Field<?>[] fields) {
            Set<String> names = new HashSet<>();
            for (Field<?> field : fields) {
                if (!names.add(field.getName())) {
                    throw new IllegalStateException("Two columns of the result are named '" + field.getName()
                            + "'; each row is written as a JSON object keyed by column name, where the second would hide "
                            + "the first: give one of them another name in the select list (.as(\"…\"))");
                }
            }
        }

        @Override
        void begin(Field<?>[] fields, Writer out) throws IOException {
            out.write('[');
        }

        @Override
        void row(Record record, long index, Writer out) throws IOException {
            if (index > 0) {
                out.write(',');
            }
            Cells.object(record, out);
        }

        @Override
        void end(Writer out) throws IOException {
            out.write(']');
        }
    },

    /** {@code text/csv} (RFC 4180): a header line with the field names, then one line per row, CRLF line ends. */
    CSV {
        @Override
        void begin(Field<?>[] fields, Writer out) throws IOException {
            if (fields.length == 0) {
                return;
            }
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                Cells.csv(fields[i].getName(), out);
            }
            out.write("\r\n");
        }

        @Override
        void row(Record record, long index, Writer out) throws IOException {
            for (int i = 0; i < record.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                Cells.csv(record.get(i), out);
            }
            out.write("\r\n");
        }

        @Override
        void end(Writer out) {
        }
    };

    static final MediaType TEXT_CSV = new MediaType("text", "csv");

    /** The format of a media type, or {@code null} when it is neither JSON nor CSV. */
    static RowFormat of(MediaType mediaType) {
        if (mediaType == null) {
            return null;
        }
        if ("application".equalsIgnoreCase(mediaType.getType()) && "json".equalsIgnoreCase(mediaType.getSubtype())) {
            return JSON;
        }
        if ("text".equalsIgnoreCase(mediaType.getType()) && "csv".equalsIgnoreCase(mediaType.getSubtype())) {
            return CSV;
        }
        return null;
    }

    /** Fails, before any byte is written, when the fields cannot be written in this format. */
    void check(Field<?>[] fields) {
    }

    abstract void begin(Field<?>[] fields, Writer out) throws IOException;

    abstract void row(Record record, long index, Writer out) throws IOException;

    abstract void end(Writer out) throws IOException;
}
