package io.github.jooqcdi.hibernate;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.List;

/** Stores a list of tags as one comma-separated string. */
@Converter
public class HbTagsConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> tags) {
        return tags == null ? null : String.join(",", tags);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null ? null : column.isEmpty() ? List.of() : Arrays.asList(column.split(","));
    }
}
