package io.github.jooqcdi.demo.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jooq.JSONFormat;
import org.jooq.Result;
import org.jooq.TXTFormat;

/**
 * Renders a jOOQ result as a text table (the default, easy to read in a terminal; {@code text/plain}) or as JSON
 * ({@code ?format=json}; {@code application/json}).
 */
final class Text {

    private Text() {
    }

    static Response render(Result<?> result, String format) {
        if (format == null || format.equalsIgnoreCase("text")) {
            return Response.ok(result.format(TXTFormat.DEFAULT.maxRows(1000).maxColWidth(60)), MediaType.TEXT_PLAIN)
                    .build();
        }
        if (format.equalsIgnoreCase("json")) {
            return Response.ok(result.formatJSON(JSONFormat.DEFAULT_FOR_RECORDS.recordFormat(
                    JSONFormat.RecordFormat.OBJECT)) + "\n", MediaType.APPLICATION_JSON).build();
        }
        throw new BadRequestException("format must be text or json, not " + Params.shown(format));
    }
}
