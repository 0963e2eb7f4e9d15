package io.github.jooqcdi.hibernate;

import io.github.jooqcdi.metadata.AssociationModel;
import io.github.jooqcdi.metadata.AssociationModel.JoinStep;
import io.github.jooqcdi.metadata.ColumnModel;
import io.github.jooqcdi.metadata.ColumnRef;
import io.github.jooqcdi.metadata.EntityModel;
import io.github.jooqcdi.metadata.ForeignKeyModel;
import io.github.jooqcdi.metadata.KeyModel;
import io.github.jooqcdi.metadata.MappingModel;
import io.github.jooqcdi.metadata.MappingModelBuilder;
import io.github.jooqcdi.metadata.TableModel;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.dialect.Dialect;
import org.hibernate.mapping.Backref;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.DenormalizedTable;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.IndexBackref;
import org.hibernate.mapping.Join;
import org.hibernate.mapping.JoinedSubclass;
import org.hibernate.mapping.ManyToOne;
import org.hibernate.mapping.OneToMany;
import org.hibernate.mapping.OneToOne;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.SingleTableSubclass;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.ToOne;
import org.hibernate.mapping.UniqueKey;
import org.hibernate.mapping.Value;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a Hibernate unit's mapping from its boot-time relational model ({@link Metadata}: the tables, columns and
 * constraints Hibernate's schema exporter creates, after {@code orm.xml}, naming strategies and defaults) into the
 * neutral {@link MappingModel}.
 * <p>
 * Tables are those the exporter creates: every physical, non-view table of every namespace (entity, secondary,
 * joined, table-per-class, join and collection tables, and table-generator tables). Names are Hibernate's own,
 * quoted where Hibernate quotes them; foreign and unique keys carry Hibernate's generated names; primary keys are
 * named by the database (Hibernate does not name them).
 */
final class HibernateMappingReader {

    private final Metadata metadata;
    private final Dialect dialect;
    private final SqlStringGenerationContext sqlContext;
    private final String defaultSchema;
    private final HibernateColumnTypes types;
    private final MappingModelBuilder builder = new MappingModelBuilder();
    private final Map<Table, String> tableNames = new IdentityHashMap<>();

    /**
     * @param metadata      the unit's boot metadata
     * @param dialect       the unit's dialect
     * @param sqlContext    how the unit renders names in DDL (default schema and catalog)
     */
    HibernateMappingReader(Metadata metadata, Dialect dialect, SqlStringGenerationContext sqlContext) {
        this.metadata = metadata;
        this.dialect = dialect;
        this.sqlContext = sqlContext;
        Identifier schema = sqlContext.getDefaultSchema() != null ? sqlContext.getDefaultSchema()
                : sqlContext.getDefaultCatalog();
        this.defaultSchema = schema == null ? null : schema.getText();
        this.types = new HibernateColumnTypes(metadata, dialect);
    }

    MappingModel read() {
        List<Table> exported = exportedTables();
        exported.forEach(this::readTable);
        exported.forEach(this::readForeignKeys);
        for (PersistentClass entity : metadata.getEntityBindings()) {
            builder.entity(readEntity(entity));
            warnAboutFilters(entity);
        }
        return builder.build();
    }

    // ---------------------------------------------------------------------------------------------------- tables

    private List<Table> exportedTables() {
        List<Table> tables = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            String schema = schemaOf(namespace);
            for (Table table : namespace.getTables()) {
                if (table.isPhysicalTable() && !table.isView()) {
                    tables.add(table);
                    tableNames.put(table, TableModel.qualify(schema, table.getName()));
                }
            }
        }
        return tables;
    }

    private String schemaOf(Namespace namespace) {
        Namespace.Name name = namespace.getPhysicalName();
        Identifier schema = name.getSchema() != null ? name.getSchema() : name.getCatalog();
        return schema != null ? schema.getText() : defaultSchema;
    }

    private void readTable(Table table) {
        MappingModelBuilder.TableBuilder target = builder.table(schemaPart(table), table.getName(), table.isQuoted());
        for (Column column : table.getColumns()) {
            HibernateColumnTypes.ColumnType type = types.of(typeSource(table, column, 0));
            boolean primaryKey = table.hasPrimaryKey() && table.getPrimaryKey().containsColumn(column);
            target.column(new ColumnModel(column.getName(), column.isQuoted(), type.databaseType(), type.lob(),
                    type.length(), type.precision(), type.scale(), column.isNullable() && !primaryKey,
                    column.isIdentity(), type.converter()));
        }
        if (table.hasPrimaryKey()) {
            target.primaryKey(new KeyModel(null, names(table.getPrimaryKey().getColumns())));
        }
        for (UniqueKey key : table.getUniqueKeys().values()) {
            target.uniqueKey(new KeyModel(exportedName(table, key), names(key.getColumns())));
        }
    }

    /**
     * The column whose type a column has: for a column of a multi-column foreign key, the column it references
     * (followed through keys of keys). Hibernate types such a column by its position in the referenced identifier,
     * whose order can differ from the join columns' (an {@code @IdClass} key referenced by {@code @JoinColumns}).
     */
    private static Column typeSource(Table table, Column column, int depth) {
        if (depth > 8) {
            return column;
        }
        for (ForeignKey key : table.getForeignKeys().values()) {
            int index = key.getColumns().indexOf(column);
            if (index < 0 || key.getColumnSpan() < 2 || key.getReferencedTable() == null) {
                continue;
            }
            List<Column> referenced = key.isReferenceToPrimaryKey()
                    ? key.getReferencedTable().getPrimaryKey().getColumns() : key.getReferencedColumns();
            if (referenced.size() == key.getColumnSpan()) {
                return typeSource(key.getReferencedTable(), referenced.get(index), depth + 1);
            }
        }
        return column;
    }

    /**
     * The unique key's name if Hibernate's DDL gives it one: depending on the dialect's {@code UniqueDelegate}, a
     * generated name is rendered ({@code alter table … add constraint UK… unique}) or left to the database (an inline
     * {@code unique} in {@code create table}, as on H2).
     */
    private String exportedName(Table table, UniqueKey key) {
        String ddl = dialect.getUniqueDelegate().getTableCreationUniqueConstraintsFragment(table, sqlContext) + " "
                + dialect.getUniqueDelegate().getAlterTableToAddUniqueKeyCommand(key, metadata, sqlContext);
        String name = key.getName();
        return name != null && ddl.toUpperCase(Locale.ROOT).contains(name.toUpperCase(Locale.ROOT)) ? name : null;
    }

    private void readForeignKeys(Table table) {
        MappingModelBuilder.TableBuilder source = builder.table(schemaPart(table), table.getName(), table.isQuoted());
        for (ForeignKey key : table.getForeignKeys().values()) {
            if (!dialect.hasAlterTable() || !key.isCreationEnabled() || !key.isPhysicalConstraint()
                    || !tableNames.containsKey(key.getReferencedTable())) {
                continue;
            }
            List<Column> targetColumns = key.isReferenceToPrimaryKey()
                    ? key.getReferencedTable().getPrimaryKey().getColumns() : key.getReferencedColumns();
            source.foreignKey(new ForeignKeyModel(key.getName(), names(key.getColumns()),
                    tableNames.get(key.getReferencedTable()), names(targetColumns)));
        }
    }

    private String schemaPart(Table table) {
        String qualified = tableNames.get(table);
        return qualified.equals(table.getName()) ? null
                : qualified.substring(0, qualified.length() - table.getName().length() - 1);
    }

    private static List<String> names(List<Column> columns) {
        return columns.stream().map(Column::getName).toList();
    }

    // -------------------------------------------------------------------------------------------------- entities

    private EntityModel readEntity(PersistentClass entity) {
        Map<String, List<ColumnRef>> attributes = new LinkedHashMap<>();
        Set<ColumnRef> readColumns = new LinkedHashSet<>();

        readIdentifier(entity, attributes, readColumns);
        Value discriminator = entity.getDiscriminator();
        if (discriminator != null) {
            readColumns.addAll(refs(entity, discriminator));
        }
        for (Property property : entity.getPropertyClosure()) {
            readProperty(entity, property, "", attributes, readColumns);
        }
        if (entity.getVersion() != null) {
            readColumns.addAll(refs(entity, entity.getVersion().getValue()));
        }
        if (readsSubclassesFromItsTable(entity)) {
            for (Property property : entity.getSubclassPropertyClosure()) {
                readProperty(entity, property, "", new LinkedHashMap<>(), readColumns);
            }
        }
        String primaryTable = tableNames.get(entity.getTable());
        Map<String, AssociationModel> associations = new LinkedHashMap<>();
        for (Property property : entity.getPropertyClosure()) {
            readAssociation(property, "", associations);
        }
        return new EntityModel(entity.getMappedClass(), entity.getJpaEntityName(), primaryTable,
                List.copyOf(ownedTables(entity)), attributes, List.copyOf(readColumns), associations);
    }

    // ------------------------------------------------------------------------------------------------ associations

    private void readAssociation(Property property, String prefix, Map<String, AssociationModel> associations) {
        if (property instanceof Backref || property instanceof IndexBackref || property.isSynthetic()
                || property.getName().startsWith("_")) {
            return;
        }
        String path = prefix + property.getName();
        Value value = property.getValue();
        if (value instanceof Component component) {
            for (Property nested : component.getProperties()) {
                readAssociation(nested, path + ".", associations);
            }
            return;
        }
        AssociationModel association = value instanceof ToOne toOne ? toOne(toOne)
                : value instanceof Collection collection ? collection(collection) : null;
        if (association != null) {
            associations.putIfAbsent(path, association);
        }
    }

    private AssociationModel toOne(ToOne toOne) {
        PersistentClass target = metadata.getEntityBinding(toOne.getReferencedEntityName());
        if (target == null) {
            return null;
        }
        if (toOne instanceof OneToOne oneToOne && oneToOne.getMappedByProperty() != null) {
            // the inverse side: the join columns of the target's attribute reference the owner
            Value mappedBy = target.getRecursiveProperty(oneToOne.getMappedByProperty()).getValue();
            if (!(mappedBy instanceof ToOne owning)) {
                return null;
            }
            PersistentClass owner = metadata.getEntityBinding(owning.getReferencedEntityName());
            JoinStep step = owner == null ? null : step(mappedBy.getTable(), mappedBy.getColumns(), owner.getTable(),
                    referencedColumns(owner, owning.getReferencedPropertyName()), true);
            return step == null ? null : new AssociationModel(target.getMappedClass(), List.of(step));
        }
        if (toOne.getColumns().isEmpty()) {
            // a one-to-one sharing the primary key (@PrimaryKeyJoinColumn): the two tables' keys join
            Table owner = toOne.getTable();
            if (owner == null || !owner.hasPrimaryKey() || tableNames.get(owner) == null
                    || tableNames.get(target.getTable()) == null
                    || owner.getPrimaryKey().getColumnSpan() != target.getKey().getColumnSpan()) {
                return null;
            }
            return new AssociationModel(target.getMappedClass(), List.of(new JoinStep(tableNames.get(owner),
                    names(owner.getPrimaryKey().getColumns()), tableNames.get(target.getTable()),
                    names(target.getKey().getColumns()))));
        }
        JoinStep step = step(toOne.getTable(), toOne.getColumns(), target.getTable(),
                referencedColumns(target, toOne.getReferencedPropertyName()), false);
        return step == null ? null : new AssociationModel(target.getMappedClass(), List.of(step));
    }

    private AssociationModel collection(Collection collection) {
        PersistentClass owner = collection.getOwner();
        Table collectionTable = collection.getCollectionTable();
        JoinStep toCollection = step(collectionTable, collection.getKey().getColumns(), owner.getTable(),
                referencedColumns(owner, collection.getReferencedPropertyName()), true);
        if (toCollection == null) {
            return null;
        }
        Value element = collection.getElement();
        if (element instanceof OneToMany oneToMany) {
            return new AssociationModel(oneToMany.getAssociatedClass().getMappedClass(), List.of(toCollection));
        }
        if (element instanceof ManyToOne manyToOne) {
            PersistentClass target = metadata.getEntityBinding(manyToOne.getReferencedEntityName());
            JoinStep toTarget = target == null ? null : step(collectionTable, manyToOne.getColumns(),
                    target.getTable(), referencedColumns(target, manyToOne.getReferencedPropertyName()), false);
            return toTarget == null ? null
                    : new AssociationModel(target.getMappedClass(), List.of(toCollection, toTarget));
        }
        return new AssociationModel(null, List.of(toCollection));
    }

    private static List<Column> referencedColumns(PersistentClass entity, String propertyName) {
        return propertyName == null ? entity.getKey().getColumns()
                : entity.getRecursiveProperty(propertyName).getValue().getColumns();
    }

    /**
     * The join between the columns {@code childColumns} of {@code child} and the columns of {@code parent} they
     * reference, paired as the foreign key Hibernate generates pairs them (its columns can be ordered otherwise than
     * the referenced key's); {@code inverse} joins from the parent to the child.
     */
    private JoinStep step(Table child, List<Column> childColumns, Table parent, List<Column> parentColumns,
                          boolean inverse) {
        String childName = tableNames.get(child);
        String parentName = tableNames.get(parent);
        if (childName == null || parentName == null || childColumns.isEmpty()) {
            return null;
        }
        List<Column> from = childColumns;
        List<Column> to = parentColumns;
        for (ForeignKey key : child.getForeignKeys().values()) {
            if (key.getReferencedTable() == parent && key.getColumnSpan() == childColumns.size()
                    && key.getColumns().containsAll(childColumns)) {
                from = key.getColumns();
                to = key.isReferenceToPrimaryKey() ? parent.getPrimaryKey().getColumns() : key.getReferencedColumns();
                break;
            }
        }
        if (from.size() != to.size()) {
            return null;
        }
        return inverse ? new JoinStep(parentName, names(to), childName, names(from))
                : new JoinStep(childName, names(from), parentName, names(to));
    }

    private void readIdentifier(PersistentClass entity, Map<String, List<ColumnRef>> attributes,
                                Set<ColumnRef> readColumns) {
        Property idProperty = entity.getIdentifierProperty();
        if (idProperty != null) {
            readProperty(entity, idProperty, "", attributes, readColumns);
            return;
        }
        Component mapper = entity.getIdentifierMapper();
        Value identifier = entity.getIdentifier();
        if (mapper != null) {
            for (Property property : mapper.getProperties()) {
                readProperty(entity, property, "", attributes, readColumns);
            }
        } else if (identifier instanceof Component component) {
            for (Property property : component.getProperties()) {
                readProperty(entity, property, "", attributes, readColumns);
            }
        }
        if (identifier != null) {
            readColumns.addAll(refs(entity, identifier));
        }
    }

    private void readProperty(PersistentClass entity, Property property, String prefix,
                              Map<String, List<ColumnRef>> attributes, Set<ColumnRef> readColumns) {
        if (property instanceof Backref || property instanceof IndexBackref || property.isSynthetic()
                || property.getName().startsWith("_")) {
            return;
        }
        Value value = property.getValue();
        String path = prefix + property.getName();
        if (value instanceof Collection) {
            return;
        }
        if (value instanceof Component component) {
            for (Property nested : component.getProperties()) {
                readProperty(entity, nested, path + ".", attributes, readColumns);
            }
            return;
        }
        List<ColumnRef> columns = refs(entity, value);
        if (columns.isEmpty()) {
            return;
        }
        attributes.putIfAbsent(path, columns);
        readColumns.addAll(columns);
    }

    /** The columns of {@code value} in the tables {@code entity}'s rows are in. */
    private List<ColumnRef> refs(PersistentClass entity, Value value) {
        Table table = tableOf(entity, value.getTable());
        String tableName = tableNames.get(table);
        if (tableName == null) {
            return List.of();
        }
        return value.getColumns().stream().map(c -> new ColumnRef(tableName, c.getName())).toList();
    }

    /**
     * The table a value of {@code entity} is stored in: its own table, except that a table-per-class entity stores
     * what its superclasses map in its own (denormalized) table.
     */
    private static Table tableOf(PersistentClass entity, Table valueTable) {
        Table own = entity.getTable();
        if (own instanceof DenormalizedTable) {
            for (Table t = own; t instanceof DenormalizedTable denormalized; ) {
                t = denormalized.getIncludedTable();
                if (t == valueTable) {
                    return own;
                }
            }
        }
        return valueTable;
    }

    /** A single-table hierarchy's entity is read from rows of any of its subclasses (discriminator picks the class). */
    private static boolean readsSubclassesFromItsTable(PersistentClass entity) {
        return entity.hasSubclasses()
                && entity.getSubclassClosure().stream().allMatch(c -> c == entity || c instanceof SingleTableSubclass);
    }

    /** The tables whose rows the entity's mapping reads or writes: its tables, secondary tables, and collections. */
    private Set<String> ownedTables(PersistentClass entity) {
        Set<String> tables = new LinkedHashSet<>();
        addTable(tables, entity.getTable());
        for (Table table : entity.getTableClosure()) {
            addTable(tables, table);
        }
        for (Join join : entity.getJoinClosure()) {
            addTable(tables, join.getTable());
        }
        for (Property property : entity.getPropertyClosure()) {
            addCollectionTables(tables, property.getValue());
        }
        return tables;
    }

    private void addCollectionTables(Set<String> tables, Value value) {
        if (value instanceof Collection collection) {
            addTable(tables, collection.getCollectionTable());
        } else if (value instanceof Component component) {
            for (Property nested : component.getProperties()) {
                addCollectionTables(tables, nested.getValue());
            }
        }
    }

    private void addTable(Set<String> tables, Table table) {
        String name = table == null ? null : tableNames.get(table);
        if (name != null) {
            tables.add(name);
        }
    }

    // -------------------------------------------------------------------------------------------------- warnings

    /**
     * The filters of a hierarchy's root become row filters of jOOQ queries ({@link HibernateRowFilters}), those of a
     * {@code JOINED} subclass refuse queries of its tables; those of a {@code SINGLE_TABLE} subclass or a collection
     * are warnings.
     */
    private void warnAboutFilters(PersistentClass entity) {
        String name = entity.getEntityName();
        if (entity != entity.getRootClass() && !(entity instanceof JoinedSubclass)) {
            List<String> filters = filterNames(HibernateInternals.filters(entity));
            filters.removeAll(filterNames(HibernateInternals.filters(entity.getRootClass())));
            if (!filters.isEmpty()) {
                builder.warning("Hibernate subclass entity " + name + " has @Filter " + filters
                        + ": jOOQ queries apply only the filters of the hierarchy's root");
            }
            String where = entity.getWhere();
            if (where != null && !where.isBlank() && !where.equals(entity.getRootClass().getWhere())) {
                builder.warning("Hibernate subclass entity " + name + " has @SQLRestriction \"" + where
                        + "\": jOOQ queries apply only the restriction of the hierarchy's root");
            }
        }
        for (Property property : entity.getProperties()) {
            if (property.getValue() instanceof Collection collection) {
                warnAboutCollectionFilters(name, collection);
            }
        }
    }

    private void warnAboutCollectionFilters(String entity, Collection collection) {
        List<String> filters = filterNames(HibernateInternals.filters(collection));
        if (!filters.isEmpty()) {
            builder.warning("Hibernate collection " + collection.getRole() + " of entity " + entity + " has @Filter "
                    + filters + ": jOOQ queries do not apply Hibernate filters");
        }
        String where = collection.getWhere() != null ? collection.getWhere() : collection.getManyToManyWhere();
        if (where != null && !where.isBlank()) {
            builder.warning("Hibernate collection " + collection.getRole() + " of entity " + entity
                    + " has @SQLRestriction/@Where \"" + where + "\": jOOQ queries do not apply it");
        }
    }

    private static List<String> filterNames(List<FilterMapping> filters) {
        return filters.stream().map(FilterMapping::name).collect(Collectors.toCollection(ArrayList::new));
    }
}
