package io.github.jooqcdi.execution;

import io.github.jooqcdi.metadata.ColumnModel;
import io.github.jooqcdi.metadata.ColumnRef;
import io.github.jooqcdi.metadata.EntityModel;
import io.github.jooqcdi.metadata.ForeignKeyModel;
import io.github.jooqcdi.metadata.MappingModel;
import io.github.jooqcdi.metadata.TableModel;
import io.github.jooqcdi.provider.RowFilter;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Record;
import org.jooq.Schema;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.github.jooqcdi.metadata.MappingModelBuilder.key;

/**
 * The tables that hold the rows of a filtered table's entities under another table: a {@code JOINED} subclass's table,
 * a secondary table. The provider filters them through the filtered table it joins; a jOOQ query on such a table alone
 * restricts it to the keys the filtered table lets through, {@code (t.k) in (select f.k from f where <filters>)}.
 */
final class SameRowTables {

    private SameRowTables() {
    }

    /**
     * How a table reaches a filtered table's rows, found once at startup.
     *
     * @param filteredTable the filtered table's qualified name
     * @param filters       its filters
     * @param columns       the key columns of the table, in the order of {@code keyColumns}; empty with a problem
     * @param source        the filtered table, as the subquery names it
     * @param keyColumns    its key columns
     * @param problem       why the keys cannot be found, or {@code null}
     */
    record KeyJoin(String filteredTable, List<RowFilter> filters, List<Name> columns, Table<Record> source,
                   List<Name> keyColumns, String problem) {

        /** {@code (as.k1, …) in (select f.k1, … from f where filtersOnF)}. */
        Condition on(Name as, Condition filtersOnF) {
            Name f = source.getUnqualifiedName();
            List<Field<?>> keys = keyColumns.stream().<Field<?>>map(c -> DSL.field(f.append(c))).toList();
            List<Field<?>> own = columns.stream().<Field<?>>map(c -> DSL.field(as.append(c))).toList();
            return DSL.row(own).in(DSL.select(keys).from(source).where(filtersOnF));
        }
    }

    /**
     * @param model          the unit's mapping
     * @param filtered       qualified name of each filtered table → its filters
     * @param primaryTables  entity class → its primary table's qualified name
     * @return qualified name of each table that holds rows of a filtered table's entity → how it reaches them
     */
    static Map<String, List<KeyJoin>> of(MappingModel model, Map<String, List<RowFilter>> filtered,
                                         Map<Class<?>, String> primaryTables) {
        Map<String, TableModel> tables = new HashMap<>();
        model.tables().forEach(t -> tables.put(key(t.qualifiedName()), t));
        Map<Class<?>, Set<String>> rowTables = new HashMap<>();
        for (EntityModel e : model.entities()) {
            Set<String> own = new LinkedHashSet<>();
            if (e.primaryTable() != null) {
                own.add(key(e.primaryTable()));
            }
            e.readColumns().stream().map(ColumnRef::table).map(t -> key(t)).forEach(own::add);
            rowTables.put(e.javaType(), own);
        }
        Map<String, Map<String, KeyJoin>> result = new LinkedHashMap<>();
        filtered.forEach((filteredTable, filters) -> {
            Set<Class<?>> entities = filters.stream().map(RowFilter::entity).collect(Collectors.toSet());
            // the tables of a filtered entity's superclasses hold rows of other entities too: they stay as they are
            Set<String> superclassTables = new HashSet<>();
            for (EntityModel s : model.entities()) {
                if (entities.stream().anyMatch(c -> c != s.javaType() && s.javaType().isAssignableFrom(c))) {
                    s.tables().forEach(t -> superclassTables.add(key(t)));
                }
            }
            for (EntityModel e : model.entities()) {
                Set<String> own = rowTables.get(e.javaType());
                // a TABLE_PER_CLASS subclass's rows are not in the filtered table: its own filters are the root's
                if (entities.stream().noneMatch(c -> c.isAssignableFrom(e.javaType()))
                        || !own.contains(key(filteredTable))) {
                    continue;
                }
                TableModel to = tables.get(key(filteredTable));
                for (String table : own) {
                    TableModel from = tables.get(table);
                    if (table.equals(key(filteredTable)) || from == null || to == null
                            || result.getOrDefault(from.qualifiedName(), Map.of()).containsKey(key(filteredTable))) {
                        continue;
                    }
                    KeyJoin join = chain(tables, from, to, filteredTable, filters);
                    if (join == null) {
                        // a superclass's table (the foreign keys lead from the filtered table to it), or one whose
                        // foreign keys the mapping does not have
                        if (chain(tables, to, from, filteredTable, filters) != null || superclassTables.contains(table)) {
                            continue;
                        }
                        join = withoutForeignKey(from, to, filteredTable, filters);
                    }
                    result.computeIfAbsent(from.qualifiedName(), k -> new LinkedHashMap<>())
                            .put(key(filteredTable), join);
                }
            }
        });
        Map<String, List<KeyJoin>> joins = new LinkedHashMap<>();
        result.forEach((t, byFiltered) -> joins.put(t, List.copyOf(byFiltered.values())));
        return joins;
    }

    /**
     * The key columns of {@code from} paired with those of {@code to} through a chain of primary-key-to-primary-key
     * foreign keys from {@code from} to {@code to}, or {@code null} if there is none.
     */
    private static KeyJoin chain(Map<String, TableModel> tables, TableModel from, TableModel to, String filteredTable,
                                 List<RowFilter> filters) {
        if (from.primaryKey() == null || to.primaryKey() == null) {
            return null;
        }
        List<String> start = from.primaryKey().columns();
        // breadth-first; each table reached carries the columns the start columns pair with there
        Deque<Map.Entry<TableModel, List<String>>> queue = new ArrayDeque<>();
        queue.add(Map.entry(from, start));
        Set<String> seen = new HashSet<>(Set.of(key(from.qualifiedName())));
        while (!queue.isEmpty()) {
            Map.Entry<TableModel, List<String>> at = queue.poll();
            if (at.getKey() == to) {
                return new KeyJoin(filteredTable, filters, names(from, start), source(to), names(to, at.getValue()),
                        null);
            }
            for (ForeignKeyModel fk : at.getKey().foreignKeys()) {
                TableModel target = tables.get(key(fk.targetTable()));
                if (target == null || target.primaryKey() == null
                        || !sameColumns(fk.columns(), at.getKey().primaryKey().columns())
                        || !sameColumns(fk.targetColumns(), target.primaryKey().columns())
                        || !seen.add(key(target.qualifiedName()))) {
                    continue;
                }
                List<String> fkColumns = fk.columns().stream().map(c -> key(c)).toList();
                List<String> mapped = at.getValue().stream()
                        .map(c -> fk.targetColumns().get(fkColumns.indexOf(key(c)))).toList();
                queue.add(Map.entry(target, mapped));
            }
        }
        return null;
    }

    /**
     * Without a foreign key (a dialect without them, NO_CONSTRAINT): a {@code JOINED} subclass's or a secondary
     * table's primary key is its join to the other table's, unambiguous with one column each; refused otherwise.
     */
    private static KeyJoin withoutForeignKey(TableModel from, TableModel to, String filteredTable,
                                             List<RowFilter> filters) {
        if (from.primaryKey() != null && to.primaryKey() != null && from.primaryKey().columns().size() == 1
                && to.primaryKey().columns().size() == 1) {
            return new KeyJoin(filteredTable, filters, names(from, from.primaryKey().columns()), source(to),
                    names(to, to.primaryKey().columns()), null);
        }
        return new KeyJoin(filteredTable, filters, List.of(), source(to), List.of(), "table " + from.name()
                + " holds rows of table " + to.name() + ", but the mapping has no foreign key between their "
                + "primary keys " + (from.primaryKey() == null ? "(none)" : from.primaryKey().columns()) + " and "
                + (to.primaryKey() == null ? "(none)" : to.primaryKey().columns()) + " to pair their columns");
    }

    private static Table<Record> source(TableModel table) {
        Name name = name(table.name(), table.delimited());
        if (table.schema() == null || table.schema().isEmpty()) {
            return new RowFilterListener.FilteredSource(name, null);
        }
        Schema schema = DSL.schema(name(table.schema(), table.delimited()));
        return new RowFilterListener.FilteredSource(name, schema).as(name);
    }

    private static List<Name> names(TableModel table, List<String> columns) {
        List<Name> names = new ArrayList<>(columns.size());
        for (String column : columns) {
            boolean delimited = table.columns().stream().filter(c -> key(c.name()).equals(key(column)))
                    .map(ColumnModel::delimited).findFirst().orElse(false);
            names.add(name(column, delimited));
        }
        return List.copyOf(names);
    }

    private static Name name(String name, boolean delimited) {
        return delimited ? DSL.quotedName(name) : DSL.unquotedName(name);
    }

    private static boolean sameColumns(List<String> a, List<String> b) {
        return a.size() == b.size() && a.stream().map(c -> key(c)).collect(Collectors.toSet())
                .equals(b.stream().map(c -> key(c)).collect(Collectors.toSet()));
    }
}
