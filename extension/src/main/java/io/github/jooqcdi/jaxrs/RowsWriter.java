package io.github.jooqcdi.jaxrs;

import io.github.jooqcdi.connection.UnitConnectionProvider;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jooq.Field;
import org.jooq.Record;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/** Writes rows one by one to a response, in the format of its media type, and closes their source in every case. */
final class RowsWriter {

    private RowsWriter() {
    }

    /**
     * Writes {@code rows} and closes {@code source} (a cursor or stream; {@code null} for a result), also when reading
     * or writing fails. The first row is read before any byte is written, so that a cursor that cannot be read gives
     * an error response rather than a cut body.
     *
     * @param fields the rows' fields, or {@code null} to take them from the first row (a stream)
     */
    static void write(Field<?>[] fields, Iterator<? extends Record> rows, AutoCloseable source, boolean lazy,
                      MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream entity)
            throws IOException {
        try (AutoCloseable closing = source) {
            RowFormat format = RowFormat.of(mediaType);
            if (format == null) {
                throw new IllegalArgumentException("jooq-cdi writes jOOQ results as application/json or text/csv, not "
                        + mediaType);
            }
            Record first = rows.hasNext() ? rows.next() : null;
            if (first != null && lazy) {
                refuseAfterTransaction(first);
            }
            if (fields == null) {
                fields = first == null ? new Field<?>[0] : first.fields();
            }
            format.check(fields);
            Charset charset = charset(mediaType);
            if (format == RowFormat.CSV && !mediaType.getParameters().containsKey(MediaType.CHARSET_PARAMETER)) {
                headers.putSingle(HttpHeaders.CONTENT_TYPE, mediaType.withCharset(charset.name()));
            }
            Writer out = new BufferedWriter(new OutputStreamWriter(entity, charset), 8192);
            format.begin(fields, out);
            long index = 0;
            for (Record row = first; row != null; row = rows.hasNext() ? rows.next() : null) {
                format.row(row, index++, out);
            }
            format.end(out);
            out.flush();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // only close() of the source throws a checked exception other than IOException
            throw new IllegalStateException("Cannot close the jOOQ cursor or stream after writing it: " + e, e);
        }
    }

    private static Charset charset(MediaType mediaType) {
        String name = mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    }

    /**
     * A cursor opened in a transaction that has ended (a {@code @Transactional} or EJB method returned it, and JAX-RS
     * writes it afterwards) reads a connection that JTA has already given back: refuse it, with what to do.
     */
    private static void refuseAfterTransaction(Record first) {
        UnitConnectionProvider unit = first.configuration() == null ? null
                : UnitConnectionProvider.of(first.configuration());
        if (unit != null && unit.cursorOutlivedTransaction()) {
            throw new IllegalStateException(unit.cursorLeftOpen());
        }
    }
}
