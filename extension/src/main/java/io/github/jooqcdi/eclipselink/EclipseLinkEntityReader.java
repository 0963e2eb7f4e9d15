package io.github.jooqcdi.eclipselink;

import io.github.jooqcdi.metadata.AssociationModel;
import io.github.jooqcdi.metadata.AssociationModel.JoinStep;
import io.github.jooqcdi.metadata.ColumnRef;
import io.github.jooqcdi.metadata.EntityModel;
import io.github.jooqcdi.metadata.TableModel;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.helper.DatabaseTable;
import org.eclipse.persistence.mappings.AggregateCollectionMapping;
import org.eclipse.persistence.mappings.AggregateObjectMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.mappings.ManyToManyMapping;
import org.eclipse.persistence.mappings.ObjectReferenceMapping;
import org.eclipse.persistence.mappings.OneToManyMapping;
import org.eclipse.persistence.mappings.OneToOneMapping;
import org.eclipse.persistence.mappings.RelationTableMechanism;
import org.eclipse.persistence.mappings.foundation.AbstractDirectMapping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads one entity descriptor into an {@link EntityModel}: its own table, the tables its state lives in, its
 * attribute paths and the columns EclipseLink selects to build it.
 */
final class EclipseLinkEntityReader {

    private final Predicate<String> tableExists;

    /** @param tableExists whether the model has a table of this qualified name (columns of others are left out) */
    EclipseLinkEntityReader(Predicate<String> tableExists) {
        this.tableExists = tableExists;
    }

    EntityModel read(ClassDescriptor descriptor) {
        Map<String, List<ColumnRef>> attributes = new LinkedHashMap<>();
        addAttributes("", descriptor.getMappings(), attributes);
        Map<String, AssociationModel> associations = new LinkedHashMap<>();
        addAssociations("", descriptor.getMappings(), associations);
        return new EntityModel(descriptor.getJavaClass(), descriptor.getAlias(),
                qualifiedName(descriptor.getDefaultTable()), tables(descriptor), attributes, readColumns(descriptor),
                associations);
    }

    /** Association attribute paths (embedded ones as {@code "address.country"}) to how they join. */
    private void addAssociations(String prefix, Collection<DatabaseMapping> mappings,
                                 Map<String, AssociationModel> associations) {
        for (DatabaseMapping mapping : mappings) {
            String path = prefix + mapping.getAttributeName();
            if (mapping instanceof AggregateObjectMapping aggregate && aggregate.getReferenceDescriptor() != null) {
                addAssociations(path + ".", aggregate.getReferenceDescriptor().getMappings(), associations);
                continue;
            }
            AssociationModel association = association(mapping);
            if (association != null) {
                associations.putIfAbsent(path, association);
            }
        }
    }

    private AssociationModel association(DatabaseMapping mapping) {
        List<JoinStep> steps = new ArrayList<>();
        Class<?> target = mapping.getReferenceDescriptor() == null ? null
                : mapping.getReferenceDescriptor().getJavaClass();
        if (mapping instanceof OneToOneMapping oneToOne && oneToOne.hasRelationTableMechanism()) {
            RelationTableMechanism relation = oneToOne.getRelationTableMechanism();
            steps.add(step(relation.getSourceKeyFields(), relation.getSourceRelationKeyFields()));
            steps.add(step(relation.getTargetRelationKeyFields(), relation.getTargetKeyFields()));
        } else if (mapping instanceof OneToOneMapping oneToOne) {
            // owning or mappedBy: EclipseLink pairs the source's fields with the target's either way
            steps.add(step(oneToOne.getSourceToTargetKeyFields()));
        } else if (mapping instanceof ManyToManyMapping manyToMany) {
            steps.add(step(manyToMany.getSourceKeyFields(), manyToMany.getSourceRelationKeyFields()));
            steps.add(step(manyToMany.getTargetRelationKeyFields(), manyToMany.getTargetKeyFields()));
        } else if (mapping instanceof OneToManyMapping oneToMany) {
            steps.add(step(inverted(oneToMany.getTargetForeignKeysToSourceKeys())));
        } else if (mapping instanceof DirectCollectionMapping collection) {
            steps.add(step(collection.getSourceKeyFields(), collection.getReferenceKeyFields()));
            target = null;
        } else if (mapping instanceof AggregateCollectionMapping collection) {
            steps.add(step(inverted(collection.getTargetForeignKeyToSourceKeys())));
            target = null;
        } else {
            return null;
        }
        return steps.contains(null) ? null : new AssociationModel(target, steps);
    }

    private static Map<DatabaseField, DatabaseField> inverted(Map<DatabaseField, DatabaseField> map) {
        Map<DatabaseField, DatabaseField> inverted = new LinkedHashMap<>();
        map.forEach((k, v) -> inverted.put(v, k));
        return inverted;
    }

    private JoinStep step(Map<DatabaseField, DatabaseField> fromTo) {
        return fromTo == null ? null : step(new ArrayList<>(fromTo.keySet()), new ArrayList<>(fromTo.values()));
    }

    /** The join {@code from[i] = to[i]}, or {@code null} if a side is empty or spans several (unknown) tables. */
    private JoinStep step(List<DatabaseField> from, List<DatabaseField> to) {
        if (from == null || to == null || from.isEmpty() || from.size() != to.size()) {
            return null;
        }
        String fromTable = singleTable(from);
        String toTable = singleTable(to);
        if (fromTable == null || toTable == null) {
            return null;
        }
        return new JoinStep(fromTable, from.stream().map(DatabaseField::getName).toList(), toTable,
                to.stream().map(DatabaseField::getName).toList());
    }

    private String singleTable(List<DatabaseField> fields) {
        Set<String> tables = new LinkedHashSet<>();
        for (DatabaseField field : fields) {
            if (field == null || field.getTable() == null || field.getTable().getName() == null
                    || field.getTable().getName().isEmpty()) {
                return null;
            }
            tables.add(qualifiedName(field.getTable()));
        }
        String table = tables.size() == 1 ? tables.iterator().next() : null;
        return table != null && tableExists.test(table) ? table : null;
    }

    /**
     * The tables whose rows make up an instance: its own tables (parents' and secondary ones included), the join and
     * collection tables it owns, and the tables holding the foreign keys of its one-to-many collections, since a
     * change there changes the collection EclipseLink caches with the instance.
     */
    private List<String> tables(ClassDescriptor descriptor) {
        Set<String> tables = new LinkedHashSet<>();
        for (DatabaseTable table : descriptor.getTables()) {
            tables.add(qualifiedName(table));
        }
        addRelationTables(descriptor.getMappings(), tables);
        return tables.stream().filter(tableExists).toList();
    }

    private void addRelationTables(Collection<DatabaseMapping> mappings, Set<String> tables) {
        for (DatabaseMapping mapping : mappings) {
            if (mapping instanceof ManyToManyMapping manyToMany) {
                addTable(manyToMany.getRelationTable(), tables);
            } else if (mapping instanceof OneToOneMapping oneToOne && oneToOne.hasRelationTableMechanism()) {
                RelationTableMechanism mechanism = oneToOne.getRelationTableMechanism();
                addTable(mechanism.getRelationTable(), tables);
            } else if (mapping instanceof DirectCollectionMapping collection) {
                addTable(collection.getReferenceTable(), tables);
            } else if (mapping instanceof AggregateCollectionMapping collection
                    && collection.getReferenceDescriptor() != null) {
                for (DatabaseTable table : collection.getReferenceDescriptor().getTables()) {
                    addTable(table, tables);
                }
                addRelationTables(collection.getReferenceDescriptor().getMappings(), tables);
            } else if (mapping instanceof OneToManyMapping oneToMany) {
                for (DatabaseField foreignKey : oneToMany.getTargetForeignKeyFields()) {
                    addTable(foreignKey.getTable(), tables);
                }
            } else if (mapping instanceof AggregateObjectMapping aggregate
                    && aggregate.getReferenceDescriptor() != null) {
                addRelationTables(aggregate.getReferenceDescriptor().getMappings(), tables);
            }
        }
    }

    private static void addTable(DatabaseTable table, Set<String> tables) {
        if (table != null && table.getName() != null && !table.getName().isEmpty()) {
            tables.add(qualifiedName(table));
        }
    }

    /**
     * Attribute paths to their columns: a basic attribute to its column, an embedded attribute's basics as
     * {@code "address.city"}, a to-one association to its join columns in the order of the target's key. The embedded
     * attribute itself has no entry, as in the Hibernate adapter: the paths are what {@code field(Class, String)}
     * accepts and suggests, and {@code "address"} is no column.
     */
    private void addAttributes(String prefix, Collection<DatabaseMapping> mappings,
                               Map<String, List<ColumnRef>> attributes) {
        for (DatabaseMapping mapping : mappings) {
            String path = prefix + mapping.getAttributeName();
            if (mapping instanceof AbstractDirectMapping direct && mapping.isDirectToFieldMapping()) {
                put(path, List.of(direct.getField()), attributes);
            } else if (mapping instanceof AggregateObjectMapping aggregate
                    && aggregate.getReferenceDescriptor() != null) {
                addAttributes(path + ".", aggregate.getReferenceDescriptor().getMappings(), attributes);
            } else if (mapping instanceof ObjectReferenceMapping reference && reference.isForeignKeyRelationship()
                    && !reference.hasRelationTableMechanism()) {
                put(path, joinColumns(reference), attributes);
            }
        }
    }

    /** The join columns of a to-one association, ordered like the primary key of the target. */
    private static List<DatabaseField> joinColumns(ObjectReferenceMapping reference) {
        if (!(reference instanceof OneToOneMapping oneToOne) || oneToOne.getSourceToTargetKeyFields().size() < 2
                || reference.getReferenceDescriptor() == null) {
            return reference.getForeignKeyFields();
        }
        Map<DatabaseField, DatabaseField> targetToSource = oneToOne.getTargetToSourceKeyFields();
        List<DatabaseField> ordered = new ArrayList<>();
        for (DatabaseField targetKey : reference.getReferenceDescriptor().getPrimaryKeyFields()) {
            DatabaseField source = targetToSource.get(targetKey);
            if (source != null) {
                ordered.add(source);
            }
        }
        return ordered.size() == targetToSource.size() ? ordered : reference.getForeignKeyFields();
    }

    private void put(String path, Collection<DatabaseField> fields, Map<String, List<ColumnRef>> attributes) {
        List<ColumnRef> columns = columns(fields);
        if (!columns.isEmpty()) {
            attributes.putIfAbsent(path, columns);
        }
    }

    /**
     * What EclipseLink selects to build an instance of the class or any subclass from one row: all fields of its
     * tables, those of {@code JOINED} subclass tables and of the discriminator included.
     */
    private List<ColumnRef> readColumns(ClassDescriptor descriptor) {
        List<DatabaseField> fields = descriptor.getAllSelectionFields();
        if (fields == null || fields.isEmpty()) {
            fields = descriptor.getFields();
        }
        Set<String> seen = new LinkedHashSet<>();
        List<ColumnRef> columns = new ArrayList<>();
        for (ColumnRef column : columns(fields)) {
            if (seen.add((column.table() + "." + column.column()).toUpperCase(Locale.ROOT))) {
                columns.add(column);
            }
        }
        return columns;
    }

    private List<ColumnRef> columns(Collection<DatabaseField> fields) {
        List<ColumnRef> columns = new ArrayList<>();
        if (fields == null) {
            return columns;
        }
        for (DatabaseField field : fields) {
            if (field != null && field.getTable() != null && field.getTable().getName() != null
                    && !field.getTable().getName().isEmpty()) {
                String table = qualifiedName(field.getTable());
                if (tableExists.test(table)) {
                    columns.add(new ColumnRef(table, field.getName()));
                }
            }
        }
        return columns;
    }

    static String qualifiedName(DatabaseTable table) {
        return TableModel.qualify(table.getTableQualifier(), table.getName());
    }
}
