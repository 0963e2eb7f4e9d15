package io.github.jooqcdi.execution;

import io.github.jooqcdi.connection.UnitConnectionProvider;
import io.github.jooqcdi.metadata.EntityModel;
import io.github.jooqcdi.metadata.MappingModel;
import io.github.jooqcdi.provider.RowFilter;
import io.github.jooqcdi.unit.UnitSettings;
import jakarta.enterprise.context.ContextNotActiveException;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Path;
import org.jooq.Query;
import org.jooq.QueryPart;
import org.jooq.Record;
import org.jooq.SQL;
import org.jooq.Schema;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.VisitContext;
import org.jooq.VisitListener;
import org.jooq.impl.DSL;
import org.jooq.impl.QOM;
import org.jooq.impl.TableImpl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.github.jooqcdi.metadata.MappingModelBuilder.key;

/**
 * Adds the provider's row filters (tenant, soft delete, restrictions, enabled filters) to jOOQ queries as they are
 * rendered, with the values of the current request's session.
 * <ul>
 * <li>A filtered table in a {@code FROM} list or a join of a select (subqueries, derived tables, CTEs, the select of
 *     an {@code INSERT … SELECT}, the {@code FROM}/{@code USING} of an update or delete) is rendered as a derived table
 *     of the same name, {@code (select * from t where <filters>) as t}: the filters hold inside outer joins too.</li>
 * <li>An update or delete of a filtered table gets the filters in its {@code WHERE}.</li>
 * <li>An insert into a filtered table is left as written (it touches no existing row), unless it updates rows on
 *     conflict.</li>
 * <li>Anything else that names a filtered table is refused before any SQL runs: plain SQL that names it, a
 *     {@code MERGE}, an implicit (path) join to it, DDL, a table with field aliases.</li>
 * </ul>
 * Registered only for units with row filters and {@code jooq.row-filters=true}.
 */
final class RowFilterListener implements VisitListener {

    /** Render data: the queries this listener has filtered in the current rendering. */
    private static final Object FILTERED = RowFilterListener.class;

    private final String unitName;
    /** upper-cased qualified and bare table name → the filters of that table */
    private final Map<String, TableFilters> byName = new HashMap<>();
    /** upper-cased bare names of the filtered tables */
    private final Set<String> bareNames;
    /** a filtered table's bare name as a word of plain SQL */
    private final Pattern namedInSql;

    RowFilterListener(String unitName, MappingModel model, List<RowFilter> filters) {
        this.unitName = unitName;
        Map<Class<?>, String> tables = new HashMap<>();
        for (EntityModel e : model.entities()) {
            if (e.primaryTable() != null) {
                tables.put(e.javaType(), e.primaryTable());
            }
        }
        Map<String, List<RowFilter>> own = new LinkedHashMap<>(); // qualified table → its filters
        for (RowFilter filter : filters) {
            String table = tables.get(filter.entity());
            if (table == null) {
                continue; // an abstract TABLE_PER_CLASS root: its subclasses' tables carry the filter
            }
            own.computeIfAbsent(table, k -> new ArrayList<>()).add(filter);
        }
        Map<String, List<SameRowTables.KeyJoin>> via = SameRowTables.of(model, own, tables);
        Map<String, String> bare = new LinkedHashMap<>();
        Set<String> all = new java.util.LinkedHashSet<>(own.keySet());
        all.addAll(via.keySet());
        for (String table : all) {
            List<RowFilter> ownFilters = own.getOrDefault(table, List.of());
            List<SameRowTables.KeyJoin> viaKeys = wholeEntitiesFirst(ownFilters, via.getOrDefault(table, List.of()));
            List<RowFilter> described = new ArrayList<>(ownFilters);
            viaKeys.forEach(v -> described.addAll(v.filters()));
            TableFilters tf = new TableFilters(List.copyOf(ownFilters), viaKeys, List.copyOf(described));
            String name = table.substring(table.lastIndexOf('.') + 1);
            byName.merge(key(table), tf, TableFilters::plus);
            if (!name.equals(table)) {
                byName.merge(key(name), tf, TableFilters::plus);
            }
            bare.put(key(name), name);
        }
        bareNames = Set.copyOf(bare.keySet());
        namedInSql = Pattern.compile(bare.values().stream().map(Pattern::quote)
                .collect(Collectors.joining("|", "(?<![\\w$])(", ")(?![\\w$])")), Pattern.CASE_INSENSITIVE);
    }

    /**
     * The key joins of a table without those to a superclass's table whose filters a whole-entity filter of a
     * subclass (EclipseLink's) includes already.
     */
    private static List<SameRowTables.KeyJoin> wholeEntitiesFirst(List<RowFilter> own,
                                                                  List<SameRowTables.KeyJoin> joins) {
        List<Class<?>> whole = new ArrayList<>();
        own.stream().filter(RowFilter::wholeEntity).forEach(f -> whole.add(f.entity()));
        joins.forEach(j -> j.filters().stream().filter(RowFilter::wholeEntity).forEach(f -> whole.add(f.entity())));
        return joins.stream().filter(j -> !j.filters().stream().allMatch(f -> whole.stream()
                .anyMatch(w -> w != f.entity() && f.entity().isAssignableFrom(w)))).toList();
    }

    boolean filters() {
        return !byName.isEmpty();
    }

    @Override
    public void visitStart(VisitContext ctx) {
        QueryPart part = ctx.queryPart();
        if (part instanceof Select<?> select) {
            if (!filtered(ctx).contains(part)) { // (a replacement is visited in its turn)
                replace(ctx, select, filterSelect(ctx, select));
            }
        } else if (part instanceof QOM.Update<?> update) {
            if (!filtered(ctx).contains(part) && !alreadyFiltered(ctx, update)) {
                replace(ctx, update, filterUpdate(ctx, update));
            }
        } else if (part instanceof QOM.Delete<?> delete) {
            if (!filtered(ctx).contains(part) && !alreadyFiltered(ctx, delete)) {
                replace(ctx, delete, filterDelete(ctx, delete));
            }
        } else if (part instanceof TableImpl<?> table && !(part instanceof FilteredSource)) {
            checkStatement(ctx, table);
            if (ctx.context().declareTables()) {
                checkDeclared(ctx, table);
            } else if (table.getSchema() != null && table.$alias() == null && filtersOf(table) != null) {
                // a column of a filtered table (schema.t.c): the derived table that stands for it is named t
                ctx.queryPart(DSL.table(table.getUnqualifiedName()));
            }
        } else if (part instanceof SQL sql) {
            checkPlainSql(sql);
        }
    }

    // ------------------------------------------------------------------------------------------------- selects

    private Select<?> filterSelect(VisitContext ctx, Select<?> select) {
        List<Table<?>> from = filterTables(ctx, select.$from());
        if (from == null) {
            return select;
        }
        // keep the select list the query had (selectFrom(t) lists t's columns), so fetched records keep their fields
        Select<?> keepColumns = select.$select().isEmpty() && !select.getSelect().isEmpty()
                ? select.$select(select.getSelect()) : select;
        return keepColumns.$from(from);
    }

    /** The tables with each filtered one replaced by its derived table, or {@code null} if none is filtered. */
    private List<Table<?>> filterTables(VisitContext ctx, List<? extends Table<?>> tables) {
        List<Table<?>> result = new ArrayList<>(tables.size());
        boolean changed = false;
        for (Table<?> t : tables) {
            Table<?> filtered = filterTable(ctx, t);
            changed |= filtered != t;
            result.add(filtered);
        }
        return changed ? result : null;
    }

    private Table<?> filterTable(VisitContext ctx, Table<?> table) {
        if (table instanceof QOM.JoinTable<?, ?> join) {
            Table<?> left = filterTable(ctx, join.$table1());
            Table<?> right = filterTable(ctx, join.$table2());
            if (left == join.$table1() && right == join.$table2()) {
                return table;
            }
            return (Table<?>) join.$table1(left).$table2(right);
        }
        Reference ref = reference(table);
        if (ref == null) {
            return table; // not a filtered table, or one that stays as it is and is checked when it is rendered
        }
        Name sourceName = ref.table().getUnqualifiedName();
        Schema schema = ref.table().getSchema();
        Table<Record> source = schema == null ? new FilteredSource(sourceName, null)
                : new FilteredSource(sourceName, schema).as(sourceName);
        Condition condition = condition(ctx, ref.table(), sourceName);
        if (condition == null) {
            return table; // no filter in effect for this session
        }
        return DSL.select(DSL.asterisk()).from(source).where(condition).asTable(ref.name());
    }

    // ----------------------------------------------------------------------------------------- updates, deletes

    private QueryPart filterUpdate(VisitContext ctx, QOM.Update<?> update) {
        QOM.Update<?> result = update;
        Reference target = reference(update.$table());
        Condition condition = target == null ? null : condition(ctx, target.table(), target.name());
        if (condition != null) {
            result = result.$where(and(update.$where(), condition));
        }
        List<Table<?>> from = filterTables(ctx, update.$from());
        if (from != null) {
            result = result.$from(from);
        }
        return result;
    }

    private QueryPart filterDelete(VisitContext ctx, QOM.Delete<?> delete) {
        QOM.Delete<?> result = delete;
        Reference target = reference(delete.$from());
        Condition condition = target == null ? null : condition(ctx, target.table(), target.name());
        if (condition != null) {
            result = result.$where(and(delete.$where(), condition));
        }
        List<Table<?>> using = filterTables(ctx, delete.$using());
        if (using != null) {
            result = result.$using(using);
        }
        return result;
    }

    private static Condition and(Condition where, Condition filter) {
        return where == null ? filter : DSL.and(where, filter);
    }

    /**
     * Whether {@code dml} is the query a filtered one delegates to (jOOQ renders {@code UpdateImpl} through its
     * {@code UpdateQueryImpl}): the part that encloses it directly is one this listener filtered, with the same target.
     */
    private static boolean alreadyFiltered(VisitContext ctx, QueryPart dml) {
        QueryPart[] parts = ctx.queryParts();
        if (parts.length < 2 || !filtered(ctx).contains(parts[parts.length - 2])) {
            return false;
        }
        QueryPart outer = parts[parts.length - 2];
        boolean same = target(outer) != null && target(outer) == target(dml);
        if (same) {
            filtered(ctx).add(dml);
        }
        return same;
    }

    private static Table<?> target(QueryPart dml) {
        return dml instanceof QOM.Update<?> u ? u.$table() : dml instanceof QOM.Delete<?> d ? d.$from() : null;
    }

    private static void replace(VisitContext ctx, QueryPart original, QueryPart replacement) {
        if (replacement != original) {
            filtered(ctx).add(replacement);
            ctx.queryPart(replacement);
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<QueryPart> filtered(VisitContext ctx) {
        return (Set<QueryPart>) ctx.data().computeIfAbsent(FILTERED,
                k -> Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    // ------------------------------------------------------------------------------------------------- checks

    /** A filtered table rendered as a table, not as the derived table of a select: allowed only as a DML target. */
    private void checkDeclared(VisitContext ctx, TableImpl<?> table) {
        List<RowFilter> filters = filtersOf(table);
        if (filters == null) {
            return;
        }
        QueryPart query = innermostQuery(ctx);
        Table<?> target = target(query);
        if (target != null && unaliased(target) == table
                && (filtered(ctx).contains(query) || noneInEffect(ctx, table))) {
            return; // the target of an update or delete that has the filters in its WHERE
        }
        if (query instanceof QOM.Insert<?> insert && unaliased(insert.$into()) == table) {
            if (!insert.$onDuplicateKeyUpdate()) {
                return;
            }
            throw refused(table, filters, "an INSERT … ON CONFLICT/ON DUPLICATE KEY UPDATE into it (it could update "
                    + "a row the filters hide); update the row with an UPDATE");
        }
        if (noneInEffect(ctx, table)) {
            return; // no filter of this table is in effect for this session (a Hibernate filter not enabled)
        }
        String where = query instanceof Select<?> ? "a select that names it outside its FROM list (an implicit or "
                + "path join, or a table with field aliases); join it with join(table).on(…)/onKey()"
                : "a " + (query == null ? "statement" : kind(query)) + ", which jooq-cdi does not filter";
        throw refused(table, filters, where);
    }

    /** A filtered table may appear only in a select, insert, update or delete (not in a MERGE, TRUNCATE, DDL, …). */
    private void checkStatement(VisitContext ctx, TableImpl<?> table) {
        List<RowFilter> filters = filtersOf(table);
        if (filters == null) {
            return;
        }
        QueryPart query = innermostQuery(ctx);
        if (query != null && !(query instanceof Select<?>) && !(query instanceof QOM.Insert<?>)
                && !(query instanceof QOM.Update<?>) && !(query instanceof QOM.Delete<?>)) {
            throw refused(table, filters, "a " + kind(query) + ", which jooq-cdi does not filter");
        }
    }

    private static QueryPart innermostQuery(VisitContext ctx) {
        QueryPart[] parts = ctx.queryParts();
        for (int i = parts.length - 2; i >= 0; i--) {
            if (parts[i] instanceof Query q) {
                return q;
            }
        }
        return null;
    }

    private boolean noneInEffect(VisitContext ctx, TableImpl<?> table) {
        return condition(ctx, table, table.getUnqualifiedName()) == null;
    }

    private void checkPlainSql(SQL sql) {
        Matcher m = namedInSql.matcher(sql.toString());
        if (m.find()) {
            List<RowFilter> filters = byName.get(key(m.group(1))).all();
            throw new IllegalArgumentException("jooq-cdi cannot apply the row filters of table " + m.group(1)
                    + " (" + describe(filters) + ") to plain SQL that names it: \"" + sql + "\". Use the table of "
                    + "EntityTables (tables().table(…)) and its fields instead, or set " + UnitSettings.ROW_FILTERS
                    + "=false for persistence unit '" + unitName + "' to run jOOQ queries unfiltered");
        }
    }

    private IllegalArgumentException refused(Table<?> table, List<RowFilter> filters, String where) {
        return new IllegalArgumentException("jooq-cdi cannot apply the row filters of table " + table.getName() + " ("
                + describe(filters) + ") to " + where + ". Set " + UnitSettings.ROW_FILTERS + "=false for "
                + "persistence unit '" + unitName + "' to run jOOQ queries unfiltered");
    }

    private static String describe(List<RowFilter> filters) {
        return filters.stream().map(RowFilter::description).collect(Collectors.joining("; "));
    }

    private static String kind(QueryPart query) {
        if (query instanceof QOM.Insert<?>) {
            return "INSERT";
        }
        String name = query.getClass().getSimpleName().replace("Impl", "").replace("Query", "");
        return name.isEmpty() ? "statement" : name.toUpperCase(java.util.Locale.ROOT) + " statement";
    }

    // ------------------------------------------------------------------------------------------------- tables

    /** A filtered table as a query names it. */
    private record Reference(TableImpl<?> table, Name name) {
    }

    /**
     * The filtered table {@code table} stands for, and the name the query gives it; {@code null} when it is not a
     * filtered table, or one this listener cannot rewrite (a path, an alias with field aliases): those are refused
     * when rendered.
     */
    private Reference reference(Table<?> table) {
        if (table instanceof FilteredSource || table instanceof Path<?>) {
            return null;
        }
        if (table instanceof TableImpl<?> t) {
            return t.$alias() == null && filtersOf(t) != null ? new Reference(t, t.getUnqualifiedName()) : null;
        }
        if (table instanceof QOM.TableAlias<?> alias && alias.$aliased() instanceof TableImpl<?> t
                && !(t instanceof FilteredSource) && !(t instanceof Path<?>) && t.$alias() == null
                && filtersOf(t) != null && sameFieldNames(alias, t)) {
            return new Reference(t, alias.$alias());
        }
        return null;
    }

    private static boolean sameFieldNames(Table<?> alias, Table<?> table) {
        return Arrays.equals(Arrays.stream(alias.fields()).map(Field::getName).toArray(),
                Arrays.stream(table.fields()).map(Field::getName).toArray());
    }

    private static Table<?> unaliased(Table<?> table) {
        Table<?> t = table;
        while (t instanceof QOM.TableAlias<?> alias) {
            t = alias.$aliased();
        }
        return t;
    }

    /**
     * The filters of one table: its own, and those of the filtered tables whose rows it holds (a {@code JOINED}
     * subclass's table, a secondary table), through their keys.
     */
    private record TableFilters(List<RowFilter> own, List<SameRowTables.KeyJoin> via, List<RowFilter> all) {
        /** Two tables of the same bare name (in different schemas): both tables' filters, as the name may be either. */
        TableFilters plus(TableFilters other) {
            return new TableFilters(concat(own, other.own), concat(via, other.via), concat(all, other.all));
        }

        private static <T> List<T> concat(List<T> a, List<T> b) {
            List<T> both = new ArrayList<>(a);
            both.addAll(b);
            return List.copyOf(both);
        }
    }

    private List<RowFilter> filtersOf(Table<?> table) {
        TableFilters filters = tableFilters(table);
        return filters == null ? null : filters.all();
    }

    private TableFilters tableFilters(Table<?> table) {
        if (!bareNames.contains(key(table.getName()))) {
            return null; // the common case, without building the qualified name
        }
        return byName.get(key(SharedCacheEviction.qualified(table.getQualifiedName())));
    }

    /** The filters of {@code table} for the current session on the name {@code as}; {@code null} if none is in effect. */
    private Condition condition(VisitContext ctx, TableImpl<?> table, Name as) {
        TableFilters filters = tableFilters(table);
        UnitConnectionProvider unit = UnitConnectionProvider.of(ctx.configuration());
        if (unit == null) {
            throw refused(table, filters.all(), "a query rendered outside a QueryExecutor (no session to take the "
                    + "filters' values from)");
        }
        List<Condition> conditions = new ArrayList<>();
        addConditions(unit, table, filters.own(), as, conditions);
        for (SameRowTables.KeyJoin join : filters.via()) {
            List<Condition> onFiltered = new ArrayList<>();
            addConditions(unit, table, join.filters(), join.source().getUnqualifiedName(), onFiltered);
            if (onFiltered.isEmpty()) {
                continue; // none of the filtered table's filters is in effect for this session
            }
            if (join.problem() != null) {
                throw refused(table, join.filters(), "a query on it alone: " + join.problem());
            }
            conditions.add(join.on(as, DSL.and(onFiltered)));
        }
        return conditions.isEmpty() ? null : DSL.and(conditions);
    }

    private void addConditions(UnitConnectionProvider unit, TableImpl<?> table, List<RowFilter> filters, Name as,
                               List<Condition> conditions) {
        for (RowFilter filter : filters) {
            Condition c;
            try {
                c = filter.condition().on(unit.entityManager(), as);
            } catch (IllegalStateException e) {
                throw new IllegalArgumentException("jooq-cdi cannot apply " + filter.description() + " to a query on"
                        + " table " + table.getName() + ": " + e.getMessage() + ". Set " + UnitSettings.ROW_FILTERS
                        + "=false for persistence unit '" + unitName + "' to run jOOQ queries unfiltered", e);
            } catch (ContextNotActiveException e) {
                // the container's @TransactionScoped entity manager bean (Jakarta EE 11; WildFly Preview's default)
                throw new IllegalStateException("jooq-cdi cannot apply " + filter.description() + " to a query on "
                        + "table " + table.getName() + " outside a transaction: the EntityManager of persistence unit '"
                        + unitName + "' is a bean that exists only inside a transaction (" + e.getMessage() + "), and "
                        + "the filter's values come from its session. Run the query inside a transaction, or give "
                        + "jooq-cdi a container-managed entity manager with the producer line @Produces "
                        + "@PersistenceUnitName(\"" + unitName + "\") @PersistenceContext(unitName = \"" + unitName
                        + "\") EntityManager", e);
            }
            if (c != null) {
                conditions.add(c);
            }
        }
    }

    /** The table inside the derived table of a filtered table: rendered as it is. */
    static final class FilteredSource extends TableImpl<Record> {
        private static final long serialVersionUID = 1L;

        FilteredSource(Name name, Schema schema) {
            super(name, schema);
        }
    }
}
