package io.github.jooqcdi.metadata;

import java.util.List;

/**
 * A primary or unique key.
 *
 * @param name    the constraint name the provider gives it, or {@code null} when the database names it
 * @param columns the key's column names, in key order
 */
public record KeyModel(String name, List<String> columns) {
    public KeyModel {
        columns = List.copyOf(columns);
    }
}
