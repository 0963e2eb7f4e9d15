package io.github.jooqcdi.jaxrs;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import org.jooq.Cursor;
import org.jooq.Formattable;
import org.jooq.Result;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes a jOOQ {@link Result} or {@link Cursor} that a resource method returns as {@code application/json} (an array
 * of objects keyed by column name) or {@code text/csv} (RFC 4180, a header line), as the request's {@code Accept}
 * header asks. A cursor is read and written row by row, never held whole, and closed afterwards, also when the client
 * goes away. Found by the JAX-RS runtime in the jar ({@code @Provider}); takes no other type.
 * <p>
 * A cursor is written after the resource method returned: open it outside any transaction. One opened in a
 * transaction that has ended is refused (an {@link IllegalStateException}, before any byte is sent).
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, "text/csv"})
public class ResultBodyWriter implements MessageBodyWriter<Formattable> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return (Result.class.isAssignableFrom(type) || Cursor.class.isAssignableFrom(type))
                && RowFormat.of(mediaType) != null;
    }

    @Override
    public void writeTo(Formattable entity, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream)
            throws IOException {
        if (entity instanceof Cursor<?> cursor) {
            RowsWriter.write(cursor.fields(), cursor.iterator(), cursor, true, mediaType, httpHeaders, entityStream);
        } else {
            Result<?> result = (Result<?>) entity;
            RowsWriter.write(result.fields(), result.iterator(), null, false, mediaType, httpHeaders, entityStream);
        }
    }
}
