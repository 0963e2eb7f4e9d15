package io.github.jooqcdi.it.shapes.filters;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.PathTable;
import io.github.jooqcdi.QueryExecutor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.ResultQuery;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The checks of {@code PathsAndFiltersIT}, each a jOOQ query through the injected {@link QueryExecutor} beside the
 * JPQL that means the same, on the unit's entity manager of the request's tenant. Called inside a transaction
 * ({@link InTransaction}) and outside any ({@link FiltersResource}). Each answers lines {@code <check> jpql=[…]
 * jooq=[…]}; the test compares both and the rows it expects.
 */
@RequestScoped
public class FilterQueries {

    @Inject
    QueryExecutor sql;

    @Inject
    FiltersUnit unit;

    /** The path joins: to-one (explicit and implicit), one-to-many, many-to-many, and two steps. */
    public String paths() {
        EntityManager em = unit.em();
        EntityTables t = sql.tables();
        List<String> out = new ArrayList<>();

        PathTable shelf = t.path(Volume_.shelf);
        out.add(line("toOne", pairs(em, "select v.id, s.id from Volume v join v.shelf s order by v.id, s.id"),
                pairs(sql.dsl().select(t.field(Volume_.id), t.field(shelf, Shelf_.id))
                        .from(t.table(Volume.class)).join(shelf)
                        .orderBy(t.field(Volume_.id), t.field(shelf, Shelf_.id)))));

        Field<String> label = t.field(t.path(Volume_.shelf), Shelf_.label);
        out.add(line("toOneImplicit", pairs(em, "select v.id, v.shelf.label from Volume v where v.shelf.label <> 'B'"
                        + " order by v.id"),
                pairs(sql.dsl().select(t.field(Volume_.id), label).from(t.table(Volume.class)).where(label.ne("B"))
                        .orderBy(t.field(Volume_.id)))));

        PathTable volumes = t.path(Shelf_.volumes);
        out.add(line("oneToMany", pairs(em, "select s.id, v.id from Shelf s join s.volumes v order by s.id, v.id"),
                pairs(sql.dsl().select(t.field(Shelf_.id), t.field(volumes, Volume_.id))
                        .from(t.table(Shelf.class)).join(volumes)
                        .orderBy(t.field(Shelf_.id), t.field(volumes, Volume_.id)))));

        PathTable writers = t.path(Volume_.writers);
        out.add(line("manyToMany", pairs(em, "select v.id, w.id from Volume v join v.writers w order by v.id, w.id"),
                pairs(sql.dsl().select(t.field(Volume_.id), t.field(writers, Writer_.id))
                        .from(t.table(Volume.class)).join(writers)
                        .orderBy(t.field(Volume_.id), t.field(writers, Writer_.id)))));

        PathTable shelfWriters = t.path(Shelf_.volumes, Volume_.writers);
        out.add(line("twoSteps", pairs(em, "select s.id, w.id from Shelf s join s.volumes v join v.writers w"
                        + " order by s.id, w.id"),
                pairs(sql.dsl().select(t.field(Shelf_.id), t.field(shelfWriters, Writer_.id))
                        .from(t.table(Shelf.class)).join(shelfWriters)
                        .orderBy(t.field(Shelf_.id), t.field(shelfWriters, Writer_.id)))));

        PathTable leftWriters = t.path(Volume_.writers).as("lw");
        out.add(line("manyToManyLeft", pairs(em, "select v.id, w.id from Volume v left join v.writers w"
                        + " order by v.id, w.id"),
                pairs(sql.dsl().select(t.field(Volume_.id), t.field(leftWriters, Writer_.id))
                        .from(t.table(Volume.class)).leftJoin(leftWriters)
                        .orderBy(t.field(Volume_.id), t.field(leftWriters, Writer_.id)))));
        return String.join("\n", out);
    }

    /** The tickets the tenant sees, its tickets by the other tenant's ids (none), and a join of the table with itself. */
    public String tickets(List<Long> otherTenantsIds) {
        EntityManager em = unit.em();
        Ticket ticket = ticket();
        List<String> out = new ArrayList<>();
        out.add(line("visible", ids(em, "select t.id from " + TicketBase.ENTITY + " t order by t.id"),
                ids(sql.dsl().select(ticket.id).from(ticket.table).orderBy(ticket.id))));
        out.add(line("otherTenant", ids(em, "select t.id from " + TicketBase.ENTITY + " t where t.id in ("
                        + otherTenantsIds.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")"),
                ids(sql.dsl().select(ticket.id).from(ticket.table).where(ticket.id.in(otherTenantsIds)))));
        Table<Record> other = ticket.table.as("o");
        Field<Long> otherId = other.field(ticket.id.getName(), Long.class);
        out.add(line("subquery", ids(em, "select t.id from " + TicketBase.ENTITY + " t where t.id in (select o.id from "
                        + TicketBase.ENTITY + " o where o.title like 't%') order by t.id"),
                ids(sql.dsl().select(ticket.id).from(ticket.table).where(ticket.id.in(DSL.select(otherId).from(other)
                        .where(other.field(ticket.title.getName(), String.class).like("t%")))).orderBy(ticket.id))));
        // managed entities through a native query of the rendered SQL: filtered too
        out.add(line("entities", ids(em, "select t.id from " + TicketBase.ENTITY + " t order by t.id"),
                sql.fetchEntities(sql.dsl().select(sql.tables().entityFields(ticket.entity)).from(ticket.table)
                        .orderBy(ticket.id), ticket.entity).stream().map(e -> String.valueOf(((TicketBase) e).id))
                        .toList()));
        return String.join("\n", out);
    }

    /**
     * Hibernate only, inside a transaction: with the filter {@code titled} enabled on the transaction's session for
     * {@code title}, the tickets JPQL and jOOQ see.
     */
    public String enabledFilter(String title) {
        EntityManager em = unit.em();
        io.github.jooqcdi.it.shapes.filters.hibernate.HbFilters.enableTitled(em, title);
        Ticket ticket = ticket();
        return line("enabledFilter", ids(em, "select t.id from " + TicketBase.ENTITY + " t order by t.id"),
                ids(sql.dsl().select(ticket.id).from(ticket.table).orderBy(ticket.id)));
    }

    /**
     * Plain SQL that names the filtered table, which jooq-cdi cannot filter: {@code refused <exception> <whether its
     * message names the table and jooq.row-filters>}, or {@code ran <rows>}.
     */
    public String plainSql() {
        try {
            return "ran " + sql.dsl().fetch("select * from " + TicketBase.TABLE).size();
        } catch (IllegalArgumentException e) {
            return "refused " + e.getClass().getSimpleName() + " " + (e.getMessage().contains(TicketBase.TABLE)
                    && e.getMessage().contains("jooq.row-filters"));
        }
    }

    /** jOOQ's {@code update … set title = <title>} of every row: the count of rows it changed. */
    public int renameAll(String title) {
        Ticket ticket = ticket();
        return sql.execute(sql.dsl().update(ticket.table).set(ticket.title, title).where(DSL.trueCondition()));
    }

    /** jOOQ's {@code delete … where id > 0}: the count of rows it removed. */
    public int deleteAll() {
        Ticket ticket = ticket();
        return sql.execute(sql.dsl().deleteFrom(ticket.table).where(ticket.id.gt(0L)));
    }

    /** The filtered table and its columns, through the mapped entity of this server's provider. */
    private Ticket ticket() {
        Class<?> entity = unit.em().getMetamodel().getEntities().stream()
                .filter(e -> e.getName().equals(TicketBase.ENTITY)).map(EntityType::getJavaType).findFirst()
                .orElseThrow(() -> new IllegalStateException("no entity " + TicketBase.ENTITY + " in the unit"));
        EntityTables t = sql.tables();
        return new Ticket(entity, t.table(entity), t.field(entity, "id").coerce(Long.class),
                t.field(entity, "title").coerce(String.class));
    }

    private record Ticket(Class<?> entity, Table<Record> table, Field<Long> id, Field<String> title) {
    }

    private static String line(String check, List<String> jpql, List<String> jooq) {
        return check + " jpql=" + jpql + " jooq=" + jooq;
    }

    private static List<String> pairs(EntityManager em, String jpql) {
        return em.createQuery(jpql, Object[].class).getResultList().stream()
                .map(r -> value(r[0]) + "-" + value(r[1])).toList();
    }

    private List<String> pairs(ResultQuery<? extends Record2<?, ?>> query) {
        return sql.fetch(query).stream().map(r -> value(r.value1()) + "-" + value(r.value2())).toList();
    }

    private static List<String> ids(EntityManager em, String jpql) {
        return em.createQuery(jpql, Long.class).getResultList().stream().map(String::valueOf).toList();
    }

    private List<String> ids(ResultQuery<? extends org.jooq.Record1<Long>> query) {
        return sql.fetch(query).stream().map(r -> String.valueOf(r.value1())).toList();
    }

    private static String value(Object value) {
        return value instanceof Number n ? String.valueOf(n.longValue()) : String.valueOf(value);
    }
}
