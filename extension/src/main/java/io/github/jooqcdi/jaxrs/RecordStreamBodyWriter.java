package io.github.jooqcdi.jaxrs;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import org.jooq.Record;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.stream.Stream;

/**
 * Writes a {@code Stream} of jOOQ records (jOOQ's {@code fetchStream()}, {@code Cursor.stream()}) that a resource
 * method returns, as {@link ResultBodyWriter} writes a cursor, and closes it. Only when the declared type says the
 * elements are records ({@code Stream<Record>}, {@code Stream<Record2<Long, String>>}, {@code Stream<? extends
 * Record>}); any other stream is left to the application's providers. An empty stream gives {@code []}, or an empty
 * CSV body (no header: its columns are not known without a row).
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, "text/csv"})
public class RecordStreamBodyWriter implements MessageBodyWriter<Stream<? extends Record>> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Stream.class.isAssignableFrom(type) && genericType instanceof ParameterizedType stream
                && stream.getRawType() instanceof Class<?> raw && Stream.class.isAssignableFrom(raw)
                && stream.getActualTypeArguments().length == 1 && isRecord(stream.getActualTypeArguments()[0])
                && RowFormat.of(mediaType) != null;
    }

    private static boolean isRecord(Type type) {
        if (type instanceof Class<?> c) {
            return Record.class.isAssignableFrom(c);
        }
        if (type instanceof ParameterizedType p) {
            return isRecord(p.getRawType());
        }
        if (type instanceof WildcardType w) {
            return w.getUpperBounds().length == 1 && isRecord(w.getUpperBounds()[0]);
        }
        if (type instanceof TypeVariable<?> v) {
            return v.getBounds().length > 0 && isRecord(v.getBounds()[0]);
        }
        return false;
    }

    @Override
    public void writeTo(Stream<? extends Record> entity, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream)
            throws IOException {
        RowsWriter.write(null, entity.iterator(), entity, true, mediaType, httpHeaders, entityStream);
    }
}
