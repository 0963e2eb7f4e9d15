package io.github.jooqcdi.tables;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.PathTable;
import io.github.jooqcdi.metadata.ColumnRef;
import io.github.jooqcdi.metadata.EntityModel;
import io.github.jooqcdi.metadata.MappingModel;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.Attribute.PersistentAttributeType;
import jakarta.persistence.metamodel.SingularAttribute;
import org.jooq.Field;
import org.jooq.Meta;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.tools.reflect.Reflect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.github.jooqcdi.metadata.MappingModelBuilder.key;
import static io.github.jooqcdi.tables.EntityTablesBuilder.columnKey;

/** The {@link EntityTables} of one unit: immutable after {@link EntityTablesBuilder} built it. */
final class MappedEntityTables implements EntityTables {

    private final String unitName;
    private final SQLDialect dialect;
    private final Map<String, MappedTable> tablesByQualifiedName;
    private final Map<String, List<MappedTable>> tablesByName = new HashMap<>();
    private final Map<String, TableField<Record, ?>> fields;
    private final Map<Class<?>, EntityModel> entitiesByClass = new LinkedHashMap<>();
    private final Map<String, EntityModel> entitiesByName = new HashMap<>();
    private final Map<Class<?>, List<Field<?>>> entityFields = new HashMap<>();
    private final Collection<Table<?>> all;
    private final Meta meta;
    private final int degradedColumns;
    private final PathTables paths;

    MappedEntityTables(String unitName, SQLDialect dialect, MappingModel model, Map<String, MappedTable> tables,
                       Map<String, TableField<Record, ?>> fields, int degradedColumns) {
        this.unitName = unitName;
        this.degradedColumns = degradedColumns;
        this.dialect = dialect;
        this.tablesByQualifiedName = Map.copyOf(tables);
        this.fields = Map.copyOf(fields);
        for (MappedTable t : tables.values()) {
            tablesByName.computeIfAbsent(key(t.getName()), k -> new ArrayList<>()).add(t);
        }
        for (EntityModel e : model.entities()) {
            entitiesByClass.put(e.javaType(), e);
            entitiesByName.put(key(e.entityName()), e);
            entityFields.put(e.javaType(), e.readColumns().stream().<Field<?>>map(this::field).toList());
        }
        Map<String, MappedTable> byKey = new LinkedHashMap<>();
        tables.forEach((k, t) -> byKey.put(key(k), t));
        this.paths = new PathTables(unitName, byKey, entitiesByClass);
        this.all = Collections.unmodifiableList(new ArrayList<>(tables.values()));
        this.meta = DSL.using(dialect, new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED))
                .meta(tables.values().toArray(Table[]::new));
    }

    /** The columns typed OTHER for want of a jOOQ data type. */
    int degradedColumns() {
        return degradedColumns;
    }

    @Override
    public String unitName() {
        return unitName;
    }

    @Override
    public SQLDialect dialect() {
        return dialect;
    }

    @Override
    public Table<Record> table(String name) {
        if (name == null) {
            throw new IllegalArgumentException("Persistence unit '" + unitName + "' has no table named null");
        }
        MappedTable qualified = tablesByQualifiedName.get(key(name));
        if (qualified != null) {
            return qualified;
        }
        List<MappedTable> byName = tablesByName.getOrDefault(key(name), List.of());
        if (byName.size() == 1) {
            return byName.get(0);
        }
        if (byName.size() > 1) {
            throw new IllegalArgumentException("Table name " + ClosestNames.quote(name) + " is ambiguous in persistence unit '"
                    + unitName + "': it names " + byName.stream().map(Table::toString).toList()
                    + "; use the schema-qualified name");
        }
        EntityModel entity = entitiesByName.get(key(name));
        if (entity != null) {
            return primaryTable(entity);
        }
        throw new IllegalArgumentException("Persistence unit '" + unitName + "' has no table or entity named "
                + ClosestNames.quote(name) + "; closest: " + ClosestNames.to(name, tableAndEntityNames(), 5));
    }

    @Override
    public Table<Record> table(Class<?> entityClass) {
        return primaryTable(entity(entityClass));
    }

    private Table<Record> primaryTable(EntityModel entity) {
        if (entity.primaryTable() == null) {
            throw new IllegalArgumentException("Entity " + entity.entityName() + " of persistence unit '" + unitName
                    + "' has no table of its own (an abstract TABLE_PER_CLASS root): use the table of a subclass");
        }
        return table(entity.primaryTable());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <X, T> Field<T> field(SingularAttribute<X, T> attribute) {
        Class<?> declaring = attribute.getDeclaringType().getJavaType();
        String label = declaring.getSimpleName() + "." + attribute.getName();
        if (attribute.getPersistentAttributeType() != PersistentAttributeType.BASIC) {
            throw new IllegalArgumentException("Attribute " + label + " is " + attribute.getPersistentAttributeType()
                    + ", not a basic attribute: use field(" + declaring.getSimpleName() + ".class, \""
                    + attribute.getName() + (attribute.getPersistentAttributeType()
                    == PersistentAttributeType.EMBEDDED ? ".<attribute>" : "") + "\")");
        }
        List<List<ColumnRef>> mappings = entitiesDeclaring(declaring).stream()
                .map(e -> e.attributes().get(attribute.getName())).filter(refs -> refs != null).distinct().toList();
        if (mappings.isEmpty()) {
            throw new IllegalArgumentException("Attribute " + label + " is not mapped by an entity of persistence unit '"
                    + unitName + "'; entities: " + ClosestNames.to(declaring.getSimpleName(), entityNames(), 5));
        }
        if (mappings.size() > 1) {
            throw new IllegalArgumentException("Attribute " + label + " maps to different columns in the entities "
                    + "that inherit it: use field(EntityClass.class, \"" + attribute.getName() + "\")");
        }
        List<ColumnRef> columns = mappings.get(0);
        Field<?> field = single(label, columns);
        Class<?> expected = Reflect.wrapper(attribute.getJavaType());
        Class<?> actual = Reflect.wrapper(field.getType());
        // providers report a @Temporal java.util.Date attribute as java.sql.Date/Timestamp: either direction is fine
        if (!expected.isAssignableFrom(actual) && !actual.isAssignableFrom(expected)) {
            throw new IllegalArgumentException("Attribute " + label + " is a " + expected.getName()
                    + " but its column " + field + " is read as " + field.getType().getName()
                    + ": use field(" + declaring.getSimpleName() + ".class, \"" + attribute.getName() + "\")");
        }
        return (Field<T>) field;
    }

    @Override
    public Field<?> field(Class<?> entityClass, String attributePath) {
        EntityModel entity = entity(entityClass);
        if (attributePath == null) {
            throw new IllegalArgumentException("Entity " + entity.entityName() + " has no attribute null");
        }
        List<ColumnRef> columns = entity.attributes().get(attributePath);
        List<String> nested = entity.attributes().keySet().stream()
                .filter(p -> p.startsWith(attributePath + ".")).sorted().toList();
        if ((columns == null || columns.size() > 1) && !nested.isEmpty()) {
            throw new IllegalArgumentException("Attribute " + entity.entityName() + "." + attributePath
                    + " maps several columns; use one of " + nested);
        }
        if (columns == null) {
            throw new IllegalArgumentException("Entity " + entity.entityName() + " has no attribute "
                    + ClosestNames.quote(attributePath) + "; closest: " + ClosestNames.to(attributePath, entity.attributes().keySet(), 5));
        }
        return single(entity.entityName() + "." + attributePath, columns);
    }

    @Override
    public PathTable path(Attribute<?, ?>... associations) {
        return paths.path(associations);
    }

    @Override
    public PathTable path(Class<?> root, String attributePath) {
        return paths.path(root, attributePath);
    }

    @Override
    public <T> Field<T> field(Table<?> pathTable, SingularAttribute<?, T> attribute) {
        return paths.field(pathTable, attribute);
    }

    @Override
    public List<Field<?>> entityFields(Class<?> entityClass) {
        entity(entityClass);
        return entityFields.get(entityClass);
    }

    @Override
    public Collection<Table<?>> all() {
        return all;
    }

    @Override
    public Meta meta() {
        return meta;
    }

    /** The entity model of a class of this unit. */
    EntityModel entity(Class<?> entityClass) {
        EntityModel entity = entitiesByClass.get(entityClass);
        if (entity == null) {
            throw new IllegalArgumentException(entityClass.getName() + " is not an entity of persistence unit '"
                    + unitName + "'; entities: " + ClosestNames.to(entityClass.getSimpleName(), entityNames(), 8));
        }
        return entity;
    }

    private List<EntityModel> entitiesDeclaring(Class<?> declaring) {
        EntityModel exact = entitiesByClass.get(declaring);
        if (exact != null) {
            return List.of(exact);
        }
        return entitiesByClass.values().stream().filter(e -> declaring.isAssignableFrom(e.javaType())).toList();
    }

    private Field<?> single(String label, List<ColumnRef> columns) {
        if (columns.size() != 1) {
            throw new IllegalArgumentException("Attribute " + label + " maps " + columns.size() + " columns "
                    + columns.stream().map(c -> c.table() + "." + c.column()).toList()
                    + "; use the fields of table(...).getReferences() or one column by name");
        }
        return field(columns.get(0));
    }

    private TableField<Record, ?> field(ColumnRef ref) {
        TableField<Record, ?> field = fields.get(columnKey(ref.table(), ref.column()));
        if (field == null) {
            throw new IllegalStateException("The mapping of unit '" + unitName + "' refers to column "
                    + ref.table() + "." + ref.column() + ", which no table of the unit has");
        }
        return field;
    }

    private List<String> entityNames() {
        return entitiesByName.values().stream().map(EntityModel::entityName).toList();
    }

    /**
     * The names {@link #table(String)} suggests: tables, and entities that have a table of their own, each once
     * regardless of case (as {@code table(String)} reads them), the table's spelling first.
     */
    private Collection<String> tableAndEntityNames() {
        Map<String, String> names = new LinkedHashMap<>();
        Stream.concat(tablesByQualifiedName.values().stream().map(Table::getName),
                        entitiesByName.values().stream().filter(e -> e.primaryTable() != null).map(EntityModel::entityName))
                .forEach(name -> names.putIfAbsent(key(name), name));
        return names.values();
    }

}
