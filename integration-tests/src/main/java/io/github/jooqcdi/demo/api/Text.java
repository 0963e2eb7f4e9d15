package io.github.jooqcdi.demo.api;

import org.jooq.JSONFormat;
import org.jooq.Result;
import org.jooq.TXTFormat;

/** Renders a jOOQ result as a text table (the default, easy to read in a terminal) or as JSON ({@code ?format=json}). */
final class Text {

    private Text() {
    }

    static String render(Result<?> result, String format) {
        if ("json".equalsIgnoreCase(format)) {
            return result.formatJSON(JSONFormat.DEFAULT_FOR_RECORDS.recordFormat(JSONFormat.RecordFormat.OBJECT)) + "\n";
        }
        return result.format(TXTFormat.DEFAULT.maxRows(1000).maxColWidth(60));
    }
}
