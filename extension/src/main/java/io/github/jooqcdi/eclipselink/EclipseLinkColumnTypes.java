package io.github.jooqcdi.eclipselink;

import io.github.jooqcdi.metadata.TableModel;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.mappings.AggregateCollectionMapping;
import org.eclipse.persistence.mappings.AggregateObjectMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.mappings.foundation.AbstractDirectMapping;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@link ColumnType} of every column a basic attribute maps (in entities, their embeddables, and element
 * collections), by table and column name. Columns no basic attribute maps (join columns, discriminators, join and
 * sequence tables) are not here: their type comes from EclipseLink's schema generation.
 */
final class EclipseLinkColumnTypes {

    /** How a basic mapping was found: its converter, its attribute type, and its column. */
    private record BasicColumn(org.eclipse.persistence.mappings.converters.Converter converter,
                               Class<?> attributeType, DatabaseField field) {
    }

    private final Map<String, BasicColumn> basics = new HashMap<>();

    EclipseLinkColumnTypes(Iterable<ClassDescriptor> entities) {
        for (ClassDescriptor descriptor : entities) {
            collect(descriptor);
        }
    }

    /**
     * The type of a column a basic attribute maps, or {@code null}.
     *
     * @param ddlType the Java type EclipseLink's schema generation gives the column
     */
    ColumnType typeOf(String table, String column, Class<?> ddlType, EclipseLinkConverters converters) {
        BasicColumn basic = basics.get(key(table, column));
        if (basic == null) {
            return null;
        }
        return converters.columnType(basic.converter(), basic.attributeType(), basic.field().getType(), ddlType);
    }

    private void collect(ClassDescriptor descriptor) {
        for (DatabaseMapping mapping : descriptor.getMappings()) {
            if (mapping instanceof AbstractDirectMapping direct && mapping.isDirectToFieldMapping()) {
                add(direct.getField(), direct.getConverter(), attributeType(direct));
            } else if (mapping instanceof AggregateObjectMapping aggregate
                    && aggregate.getReferenceDescriptor() != null) {
                collect(aggregate.getReferenceDescriptor());
            } else if (mapping instanceof AggregateCollectionMapping collection
                    && collection.getReferenceDescriptor() != null) {
                collect(collection.getReferenceDescriptor());
            } else if (mapping instanceof DirectCollectionMapping collection && collection.getDirectField() != null) {
                add(collection.getDirectField(), collection.getValueConverter(),
                        collection.getAttributeClassification());
            }
        }
    }

    private static Class<?> attributeType(AbstractDirectMapping mapping) {
        if (mapping.getAttributeClassification() != null) {
            return mapping.getAttributeClassification();
        }
        try {
            return mapping.getAttributeAccessor().getAttributeClass();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void add(DatabaseField field, org.eclipse.persistence.mappings.converters.Converter converter,
                     Class<?> attributeType) {
        if (field == null || field.getTable() == null) {
            return;
        }
        String key = key(TableModel.qualify(field.getTable().getTableQualifier(), field.getTable().getName()),
                field.getName());
        // a column mapped twice (an id also mapped by a to-one, a shared column) keeps its first basic mapping
        basics.putIfAbsent(key, new BasicColumn(converter, attributeType, field));
    }

    static String key(String table, String column) {
        return (table + "\u0000" + column).toUpperCase(Locale.ROOT);
    }

    /** For tests and diagnostics: how many columns basic attributes map. */
    int size() {
        return basics.size();
    }

}
