package io.github.jooqcdi.tables;

import io.github.jooqcdi.PathTable;
import io.github.jooqcdi.metadata.AssociationModel;
import io.github.jooqcdi.metadata.AssociationModel.JoinStep;
import io.github.jooqcdi.metadata.ColumnRef;
import io.github.jooqcdi.metadata.EntityModel;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.Attribute.PersistentAttributeType;
import jakarta.persistence.metamodel.SingularAttribute;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;
import org.jooq.impl.Internal;
import org.jooq.tools.reflect.Reflect;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static io.github.jooqcdi.metadata.MappingModelBuilder.key;

/**
 * Path tables along a unit's associations: each association's join steps (from the provider's mapping) become jOOQ
 * path tables through the unit's foreign keys, or their inverses; where a step starts in another table of the entity
 * than the path reached ({@code JOINED} parents and subclasses, secondary tables), the path first follows the
 * primary-key foreign keys between those tables.
 */
final class PathTables {

    private final String unitName;
    private final Map<String, MappedTable> tables;
    private final Map<MappedTable, String> qualifiedNames = new IdentityHashMap<>();
    private final Map<Class<?>, EntityModel> entities;
    /** Primary-key-to-primary-key foreign keys (inheritance, secondary tables), from either end. */
    private final Map<MappedTable, List<Edge>> pkJoins = new IdentityHashMap<>();
    private final Map<String, PathTable> cache = new ConcurrentHashMap<>();

    /** One primary-key join: to {@code to} through {@code key}, forward (key of the table joined from) or not. */
    private record Edge(MappedTable to, ForeignKey<Record, Record> key, boolean forward) {
    }

    /** One association followed: the entity whose mapping has it, and the attribute path. */
    private record Hop(EntityModel owner, String attribute, AssociationModel association) {
    }

    @SuppressWarnings("unchecked")
    PathTables(String unitName, Map<String, MappedTable> tablesByKey, Map<Class<?>, EntityModel> entities) {
        this.unitName = unitName;
        this.tables = tablesByKey;
        this.entities = entities;
        tablesByKey.forEach((k, t) -> qualifiedNames.put(t, k));
        for (MappedTable child : tablesByKey.values()) {
            for (ForeignKey<Record, ?> fk : child.getReferences()) {
                MappedTable parent = (MappedTable) fk.getKey().getTable();
                if (isPrimaryKey(child, fk.getFields()) && isPrimaryKey(parent, fk.getKeyFields()) && parent != child) {
                    pkJoins.computeIfAbsent(child, t -> new ArrayList<>())
                            .add(new Edge(parent, (ForeignKey<Record, Record>) fk, true));
                    pkJoins.computeIfAbsent(parent, t -> new ArrayList<>())
                            .add(new Edge(child, (ForeignKey<Record, Record>) fk, false));
                }
            }
        }
    }

    PathTable path(Attribute<?, ?>... associations) {
        if (associations == null || associations.length == 0 || Arrays.asList(associations).contains(null)) {
            throw new IllegalArgumentException("A path needs at least one association attribute, and no null: "
                    + (associations == null ? null : Arrays.toString(associations)));
        }
        Class<?> root = associations[0].getDeclaringType().getJavaType();
        if (!entities.containsKey(root)) {
            throw new IllegalArgumentException("Attribute " + label(associations[0]) + " is declared by "
                    + root.getName() + ", which is not an entity of persistence unit '" + unitName
                    + "': start the path at an entity, path(Entity.class, \"" + associations[0].getName() + "\")");
        }
        List<Hop> hops = new ArrayList<>();
        Class<?> current = root;
        for (Attribute<?, ?> attribute : associations) {
            if (current == null) {
                throw new IllegalArgumentException("The path " + labels(associations) + " continues after an element "
                        + "collection: its rows are values, not entities");
            }
            Class<?> declaring = attribute.getDeclaringType().getJavaType();
            EntityModel owner = owner(current, declaring, label(attribute));
            AssociationModel association = owner.associations().get(attribute.getName());
            if (association == null) {
                throw notAnAssociation(owner, attribute.getName(), label(attribute));
            }
            hops.add(new Hop(owner, attribute.getName(), association));
            current = association.target();
        }
        return follow(root, hops);
    }

    PathTable path(Class<?> root, String attributePath) {
        EntityModel rootEntity = entity(root);
        if (attributePath == null || attributePath.isEmpty()) {
            throw new IllegalArgumentException("A path of entity " + rootEntity.entityName()
                    + " needs an attribute path such as \"customer\" or \"order.lines\", not "
                    + (attributePath == null ? "null" : "an empty string"));
        }
        List<String> segments = List.of(attributePath.split("\\.", -1));
        List<Hop> hops = new ArrayList<>();
        Class<?> current = root;
        int i = 0;
        while (i < segments.size()) {
            if (current == null) {
                throw new IllegalArgumentException("The path " + ClosestNames.quote(attributePath) + " of entity "
                        + rootEntity.entityName() + " continues after an element collection: its rows are values,"
                        + " not entities");
            }
            Hop hop = null;
            int used = 0;
            for (int end = segments.size(); end > i && hop == null; end--) {
                hop = hop(current, String.join(".", segments.subList(i, end)));
                used = end - i;
            }
            if (hop == null) {
                String asked = segments.get(i);
                EntityModel at = entities.get(current);
                throw new IllegalArgumentException("Entity " + at.entityName() + " has no association "
                        + ClosestNames.quote(asked) + " (in path " + ClosestNames.quote(attributePath) + " of "
                        + rootEntity.entityName() + "); closest associations: "
                        + ClosestNames.to(asked, associationNames(current), 5));
            }
            hops.add(hop);
            current = hop.association().target();
            i += used;
        }
        return follow(root, hops);
    }

    /** The association {@code name} of the entity {@code current}, or of one of its subclasses. */
    private Hop hop(Class<?> current, String name) {
        EntityModel entity = entities.get(current);
        AssociationModel own = entity.associations().get(name);
        if (own != null) {
            return new Hop(entity, name, own);
        }
        List<EntityModel> subclasses = subclasses(current).stream()
                .filter(e -> e.associations().containsKey(name)).toList();
        Set<AssociationModel> distinct = subclasses.stream().map(e -> e.associations().get(name))
                .collect(Collectors.toSet());
        if (distinct.size() > 1) {
            throw new IllegalArgumentException("Association " + ClosestNames.quote(name) + " of the subclasses "
                    + subclasses.stream().map(EntityModel::entityName).toList() + " of " + entity.entityName()
                    + " joins differently in each: use path(Attribute...) with the subclass's attribute");
        }
        return subclasses.isEmpty() ? null : new Hop(subclasses.get(0), name, subclasses.get(0).associations().get(name));
    }

    @SuppressWarnings("unchecked")
    <T> Field<T> field(Table<?> pathTable, SingularAttribute<?, T> attribute) {
        if (pathTable == null || attribute == null) {
            throw new IllegalArgumentException("field(pathTable, attribute) needs both, got " + pathTable + " and "
                    + attribute);
        }
        if (!(pathTable instanceof MappedTable table) || !qualifiedNames.containsKey(table.base())) {
            throw new IllegalArgumentException("Table " + pathTable + " is not a table or path of persistence unit '"
                    + unitName + "': use table(...) or path(...) of its EntityTables");
        }
        String label = label(attribute);
        if (attribute.getPersistentAttributeType() != PersistentAttributeType.BASIC) {
            throw new IllegalArgumentException("Attribute " + label + " is " + attribute.getPersistentAttributeType()
                    + ", not a basic attribute: follow it with path(...), or use a column of the path table by name");
        }
        Class<?> declaring = attribute.getDeclaringType().getJavaType();
        EntityModel owner = table.entity() != null ? owner(table.entity(), declaring, label) : ownerOf(table, declaring,
                label);
        List<ColumnRef> columns = owner.attributes().get(attribute.getName());
        if (columns == null || columns.size() != 1) {
            throw new IllegalArgumentException("Attribute " + label + " of entity " + owner.entityName() + " maps "
                    + (columns == null ? "no column" : columns.size() + " columns") + "; closest attributes: "
                    + ClosestNames.to(attribute.getName(), owner.attributes().keySet(), 5));
        }
        MappedTable holder = tables.get(key(columns.get(0).table()));
        Field<?> baseField = holder == null ? null : fieldNamed(holder, columns.get(0).column());
        if (baseField == null) {
            throw new IllegalStateException("The mapping of unit '" + unitName + "' refers to column "
                    + columns.get(0) + ", which no table of the unit has");
        }
        MappedTable reached = table.base() == holder ? table : bridge(table, holder, null);
        Field<?> field = reached.field(holder.indexOf(baseField));
        Class<?> expected = Reflect.wrapper(attribute.getJavaType());
        Class<?> actual = Reflect.wrapper(field.getType());
        if (!expected.isAssignableFrom(actual) && !actual.isAssignableFrom(expected)) {
            throw new IllegalArgumentException("Attribute " + label + " is a " + expected.getName()
                    + " but its column " + baseField + " is read as " + field.getType().getName()
                    + ": use a field of the path table by name");
        }
        return (Field<T>) field;
    }

    /** The entity of a plain table (not a path) that maps {@code declaring}'s attributes. */
    private EntityModel ownerOf(MappedTable table, Class<?> declaring, String label) {
        List<EntityModel> owners = entities.values().stream()
                .filter(e -> declaring.isAssignableFrom(e.javaType()) && e.tables().stream()
                        .anyMatch(t -> tables.get(key(t)) == table.base()))
                .toList();
        EntityModel exact = entities.get(declaring);
        if (exact != null && owners.contains(exact)) {
            return exact;
        }
        if (owners.isEmpty()) {
            throw new IllegalArgumentException("Attribute " + label + " is not mapped by an entity whose rows are in "
                    + table.base() + (table.isPath() ? " (a collection table: use its columns by name)" : ""));
        }
        return owners.get(0);
    }

    // -------------------------------------------------------------------------------------------- following a path

    private PathTable follow(Class<?> root, List<Hop> hops) {
        String cacheKey = root.getName() + hops.stream().map(h -> "/" + h.owner().entityName() + "." + h.attribute())
                .collect(Collectors.joining());
        PathTable cached = cache.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        MappedTable current = primaryTable(entity(root));
        for (Hop hop : hops) {
            List<JoinStep> steps = hop.association().steps();
            for (int i = 0; i < steps.size(); i++) {
                JoinStep step = steps.get(i);
                MappedTable from = table(step.fromTable(), hop);
                MappedTable to = table(step.toTable(), hop);
                if (current.base() != from) {
                    current = bridge(current, from, hop);
                }
                current = step(current, step, to, i == steps.size() - 1 ? hop.association().target() : null, hop);
            }
        }
        PathTable previous = cache.putIfAbsent(cacheKey, (PathTable) current);
        return previous != null ? previous : (PathTable) current;
    }

    /** One join step from {@code current} to {@code to}: through a foreign key of either side. */
    @SuppressWarnings("unchecked")
    private MappedTable step(MappedTable current, JoinStep step, MappedTable to, Class<?> entity, Hop hop) {
        MappedTable from = current.base();
        for (ForeignKey<Record, ?> fk : from.getReferences()) {
            if (fk.getKey().getTable() == to
                    && samePairs(fk.getFields(), fk.getKeyFields(), step.fromColumns(), step.toColumns())) {
                return MappedTable.toOne(current, (ForeignKey<Record, Record>) fk, to, entity);
            }
        }
        for (ForeignKey<Record, ?> fk : to.getReferences()) {
            if (fk.getKey().getTable() == from
                    && samePairs(fk.getFields(), fk.getKeyFields(), step.toColumns(), step.fromColumns())) {
                return MappedTable.toMany(current, (ForeignKey<Record, Record>) fk, to, entity);
            }
        }
        // the provider creates no constraint for this join (a dialect without foreign keys, NO_CONSTRAINT): a key
        // of our own over the same columns, as jOOQ needs one to join a path
        ForeignKey<Record, Record> forward = undeclaredKey(from, step.fromColumns(), to, step.toColumns());
        if (forward != null) {
            return MappedTable.toOne(current, forward, to, entity);
        }
        ForeignKey<Record, Record> inverse = undeclaredKey(to, step.toColumns(), from, step.fromColumns());
        if (inverse != null) {
            return MappedTable.toMany(current, inverse, to, entity);
        }
        throw new IllegalStateException("Association " + hop.owner().entityName() + "." + hop.attribute()
                + " of persistence unit '" + unitName + "' joins " + step.fromTable() + " " + step.fromColumns()
                + " to " + step.toTable() + " " + step.toColumns()
                + ", but neither side's columns are a primary or unique key: it cannot be a jOOQ path");
    }

    /** A foreign key from {@code child}'s columns to {@code parent}'s primary or unique key over the other columns. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ForeignKey<Record, Record> undeclaredKey(MappedTable child, List<String> childColumns,
                                                             MappedTable parent, List<String> parentColumns) {
        List<UniqueKey<Record>> keys = new ArrayList<>(parent.getUniqueKeys());
        if (parent.getPrimaryKey() != null) {
            keys.add(0, parent.getPrimaryKey());
        }
        for (UniqueKey<Record> key : keys) {
            List<String> keyColumns = key.getFields().stream().map(f -> key(f.getName())).toList();
            if (keyColumns.size() != parentColumns.size()
                    || !Set.copyOf(keyColumns).equals(parentColumns.stream().map(c -> key(c)).collect(Collectors.toSet()))) {
                continue;
            }
            List<TableField<Record, ?>> fields = new ArrayList<>();
            for (String keyColumn : keyColumns) {
                int index = parentColumns.stream().map(c -> key(c)).toList().indexOf(keyColumn);
                Field<?> field = fieldNamed(child, childColumns.get(index));
                if (field == null) {
                    return null;
                }
                fields.add((TableField<Record, ?>) field);
            }
            return Internal.createForeignKey(child, DSL.name("PATH_" + child.getName() + "_"
                            + String.join("_", childColumns)), fields.toArray(TableField[]::new), key,
                    key.getFieldsArray(), false);
        }
        return null;
    }

    private static boolean samePairs(List<? extends Field<?>> childFields, List<? extends Field<?>> parentFields,
                                     List<String> childColumns, List<String> parentColumns) {
        if (childFields.size() != childColumns.size() || parentFields.size() != parentColumns.size()) {
            return false;
        }
        Set<String> a = new LinkedHashSet<>();
        for (int i = 0; i < childFields.size(); i++) {
            a.add(key(childFields.get(i).getName()) + "\u0000" + key(parentFields.get(i).getName()));
        }
        Set<String> b = new LinkedHashSet<>();
        for (int i = 0; i < childColumns.size(); i++) {
            b.add(key(childColumns.get(i)) + "\u0000" + key(parentColumns.get(i)));
        }
        return a.equals(b);
    }

    /**
     * From {@code current} to the table {@code target} of the same rows through primary-key joins: a {@code JOINED}
     * subclass's table to its parent's (to-one) or back (to-many, at most one row), a secondary table.
     */
    private MappedTable bridge(MappedTable current, MappedTable target, Hop hop) {
        Map<MappedTable, Edge> reachedBy = new IdentityHashMap<>();
        Deque<MappedTable> queue = new ArrayDeque<>(List.of(current.base()));
        Set<MappedTable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.add(current.base());
        while (!queue.isEmpty() && !seen.contains(target)) {
            MappedTable t = queue.poll();
            for (Edge edge : pkJoins.getOrDefault(t, List.of())) {
                if (seen.add(edge.to())) {
                    reachedBy.put(edge.to(), edge);
                    queue.add(edge.to());
                }
            }
        }
        if (!seen.contains(target)) {
            throw new IllegalStateException((hop == null ? "A column" : "Association " + hop.owner().entityName()
                    + "." + hop.attribute()) + " of persistence unit '" + unitName + "' starts in table " + target
                    + ", which no primary-key join reaches from " + current.base());
        }
        Deque<Edge> edges = new ArrayDeque<>();
        for (MappedTable t = target; t != current.base(); ) {
            Edge edge = reachedBy.get(t);
            edges.push(edge);
            t = edge.forward() ? (MappedTable) edge.key().getTable() : (MappedTable) edge.key().getKey().getTable();
        }
        MappedTable reached = current;
        for (Edge edge : edges) {
            reached = edge.forward() ? MappedTable.toOne(reached, edge.key(), edge.to(), current.entity())
                    : MappedTable.toMany(reached, edge.key(), edge.to(), current.entity());
        }
        return reached;
    }

    // ----------------------------------------------------------------------------------------------------- lookups

    /** The entity whose mapping has {@code declaring}'s attribute, on a path that reached {@code current}. */
    private EntityModel owner(Class<?> current, Class<?> declaring, String label) {
        if (declaring.isAssignableFrom(current)) {
            return entity(current);
        }
        if (current.isAssignableFrom(declaring) && entities.containsKey(declaring)) {
            return entities.get(declaring); // a subclass's attribute: the path goes on to the subclass's table
        }
        throw new IllegalArgumentException("Attribute " + label + " cannot follow a path that reached "
                + current.getSimpleName() + ": it belongs to " + declaring.getSimpleName() + ", which is neither "
                + current.getSimpleName() + ", a superclass nor an entity subclass of it; associations of "
                + current.getSimpleName() + ": " + ClosestNames.to(label.substring(label.indexOf('.') + 1),
                associationNames(current), 5));
    }

    private IllegalArgumentException notAnAssociation(EntityModel owner, String attribute, String label) {
        return new IllegalArgumentException("Attribute " + label + " is not an association of entity "
                + owner.entityName() + (owner.attributes().containsKey(attribute) ? " (it maps a column: use field(...))"
                : "") + "; closest associations: " + ClosestNames.to(attribute, associationNames(owner.javaType()), 5));
    }

    private List<String> associationNames(Class<?> entity) {
        Set<String> names = new LinkedHashSet<>(entity(entity).associations().keySet());
        subclasses(entity).forEach(e -> names.addAll(e.associations().keySet()));
        return List.copyOf(names);
    }

    private List<EntityModel> subclasses(Class<?> entity) {
        return entities.values().stream()
                .filter(e -> e.javaType() != entity && entity.isAssignableFrom(e.javaType())).toList();
    }

    private EntityModel entity(Class<?> entityClass) {
        EntityModel entity = entities.get(entityClass);
        if (entity == null) {
            throw new IllegalArgumentException((entityClass == null ? "null" : entityClass.getName())
                    + " is not an entity of persistence unit '" + unitName + "'; entities: " + ClosestNames.to(
                    entityClass == null ? "" : entityClass.getSimpleName(),
                    entities.values().stream().map(EntityModel::entityName).toList(), 8));
        }
        return entity;
    }

    private MappedTable primaryTable(EntityModel entity) {
        MappedTable table = entity.primaryTable() == null ? null : tables.get(key(entity.primaryTable()));
        if (table == null) {
            throw new IllegalArgumentException("Entity " + entity.entityName() + " of persistence unit '" + unitName
                    + "' has no table of its own (an abstract TABLE_PER_CLASS root): start the path at a subclass");
        }
        return table;
    }

    private MappedTable table(String qualifiedName, Hop hop) {
        MappedTable table = tables.get(key(qualifiedName));
        if (table == null) {
            throw new IllegalStateException("Association " + hop.owner().entityName() + "." + hop.attribute()
                    + " of persistence unit '" + unitName + "' joins table " + qualifiedName
                    + ", which the unit has no jOOQ table for");
        }
        return table;
    }

    /** A column of a table by name, matched as the database matches unquoted names. */
    private static Field<?> fieldNamed(MappedTable table, String column) {
        return Arrays.stream(table.fields()).filter(f -> key(f.getName()).equals(key(column))).findFirst()
                .orElse(null);
    }

    private static boolean isPrimaryKey(MappedTable table, List<? extends Field<?>> fields) {
        UniqueKey<Record> pk = table.getPrimaryKey();
        return pk != null && pk.getFields().size() == fields.size()
                && pk.getFields().stream().map(f -> key(f.getName())).collect(Collectors.toSet())
                .equals(fields.stream().map(f -> key(f.getName())).collect(Collectors.toSet()));
    }

    private static String label(Attribute<?, ?> attribute) {
        return attribute.getDeclaringType().getJavaType().getSimpleName() + "." + attribute.getName();
    }

    private static String labels(Attribute<?, ?>... attributes) {
        return Arrays.stream(attributes).map(PathTables::label).collect(Collectors.joining(", ", "[", "]"));
    }
}
