package io.github.jooqcdi.testmodel;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** §5 {@code @Convert} with a JPA {@link AttributeConverter}: {@code true}/{@code false} stored as "Y"/"N". */
@Converter
public class YesNoConverter implements AttributeConverter<Boolean, String> {

    @Override
    public String convertToDatabaseColumn(Boolean attribute) {
        return attribute == null ? null : attribute ? "Y" : "N";
    }

    @Override
    public Boolean convertToEntityAttribute(String dbData) {
        return dbData == null ? null : "Y".equals(dbData);
    }
}
