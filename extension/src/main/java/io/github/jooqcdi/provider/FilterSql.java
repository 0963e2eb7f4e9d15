package io.github.jooqcdi.provider;

import org.jooq.Condition;
import org.jooq.Context;
import org.jooq.Name;
import org.jooq.impl.CustomCondition;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * A provider's SQL text of a row filter as a jOOQ condition: the text as the provider wrote it, its table placeholder
 * replaced by the name the query gives the table, its {@code :name} parameters bound as values (a collection as a
 * list of values). The text is written as is, not parsed by jOOQ as plain SQL.
 */
public final class FilterSql {

    private FilterSql() {
    }

    /**
     * @param text        the provider's SQL text
     * @param placeholder what stands for the table in {@code text} (Hibernate's {@code {@}}), or {@code null}
     * @param table       the name the query gives the table
     * @param parameter   the value of a named parameter
     */
    public static Condition condition(String text, String placeholder, Name table, Function<String, Object> parameter) {
        List<Object> parts = new ArrayList<>(); // String (SQL), Name (the table) or Value (a bind value)
        StringBuilder sql = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'') { // a string literal, copied whole ('' inside it included)
                int end = i + 1;
                while (end < text.length()) {
                    if (text.charAt(end) == '\'') {
                        if (end + 1 < text.length() && text.charAt(end + 1) == '\'') {
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    end++;
                }
                sql.append(text, i, Math.min(end + 1, text.length()));
                i = end + 1;
            } else if (placeholder != null && text.startsWith(placeholder, i)) {
                flush(sql, parts);
                parts.add(table);
                i += placeholder.length();
            } else if (c == ':' && i + 1 < text.length() && Character.isJavaIdentifierStart(text.charAt(i + 1))
                    && (i == 0 || text.charAt(i - 1) != ':')) {
                int end = i + 1;
                while (end < text.length() && (Character.isJavaIdentifierPart(text.charAt(end))
                        || text.charAt(end) == '.' && end + 1 < text.length()
                        && Character.isJavaIdentifierStart(text.charAt(end + 1)))) {
                    end++;
                }
                flush(sql, parts);
                parts.add(new Value(parameter.apply(text.substring(i + 1, end))));
                i = end;
            } else {
                sql.append(c);
                i++;
            }
        }
        flush(sql, parts);
        return CustomCondition.of(ctx -> render(ctx, parts));
    }

    private static void flush(StringBuilder sql, List<Object> parts) {
        if (!sql.isEmpty()) {
            parts.add(sql.toString());
            sql.setLength(0);
        }
    }

    private static void render(Context<?> ctx, List<Object> parts) {
        ctx.sql('(');
        for (Object part : parts) {
            if (part instanceof String s) {
                ctx.sql(s);
            } else if (part instanceof Name n) {
                ctx.visit(n);
            } else if (((Value) part).value() instanceof Collection<?> values) {
                ctx.visit(DSL.list(values.stream().map(DSL::val).toList()));
            } else {
                ctx.visit(DSL.val(((Value) part).value()));
            }
        }
        ctx.sql(')');
    }

    private record Value(Object value) {
    }
}
