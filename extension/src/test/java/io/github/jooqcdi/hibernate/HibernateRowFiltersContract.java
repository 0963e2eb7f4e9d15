package io.github.jooqcdi.hibernate;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.execution.JooqUnit;
import io.github.jooqcdi.execution.JooqUnitBuilder;
import io.github.jooqcdi.provider.JpaProviderAdapter;
import io.github.jooqcdi.transaction.ResourceLocalTransactionState;
import io.github.jooqcdi.unit.UnitSettings;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Hibernate's {@code @TenantId}, {@code @SoftDelete}, {@code @SQLRestriction} and enabled {@code @Filter}s in jOOQ
 * queries: the rows a jOOQ query returns are the rows the same JPQL returns, for two tenants; DML never touches a
 * filtered row; what cannot be filtered is refused before any SQL runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HibernateRowFiltersContract {

    /** Properties of the unit's database. */
    abstract Map<String, Object> database();

    /** What precedes a table name in plain SQL. */
    abstract String schemaPrefix();


    private EntityManagerFactory emf;
    private JooqUnit filtered;
    private JooqUnit unfiltered;
    private final AtomicInteger statements = new AtomicInteger();

    @BeforeAll
    void units() {
        emf = Persistence.createEntityManagerFactory("hb-filters", database());
        JpaProviderAdapter adapter = new HibernateAdapter();
        filtered = unit(adapter, Map.of());
        unfiltered = unit(adapter, Map.of(UnitSettings.ROW_FILTERS, "false"));
    }

    private JooqUnit unit(JpaProviderAdapter adapter, Map<String, String> properties) {
        return JooqUnitBuilder.build("hb-filters", UnitSettings.of("hb-filters", properties, p -> fail(p)), emf,
                adapter, em -> new ResourceLocalTransactionState(em, adapter),
                List.of((name, configuration) -> configuration.set(new DefaultExecuteListenerProvider(
                        new ExecuteListener() {
                            @Override
                            public void executeStart(ExecuteContext ctx) {
                                statements.incrementAndGet();
                            }
                        }))), List.of());
    }

    @AfterAll
    void close() {
        emf.close();
    }

    /**
     * Tenant a: owned 1, 2 (deleted), 3, 4 named n1..n4; tenant b: 11, 12 (deleted), 13 named n1, n2, n5.
     * Filtered: 1 n1, 2 n2 inactive, 3 n3, 4 n5, 5 n1.
     */
    @BeforeEach
    void rows() {
        inTenant("a", em -> {
            em.createNativeMutationQuery("delete from " + schemaPrefix() + "HbOwnedTag").executeUpdate();
            em.createNativeMutationQuery("delete from " + schemaPrefix() + "HbTenantOwned").executeUpdate();
            em.createNativeMutationQuery("delete from " + schemaPrefix() + "HbFiltered").executeUpdate();
            em.createNativeMutationQuery("delete from " + schemaPrefix() + "HbTpcMemo").executeUpdate();
            em.createNativeMutationQuery("delete from " + schemaPrefix() + "HbLabel").executeUpdate();
            em.createNativeMutationQuery("delete from " + schemaPrefix() + "HbBookExtra").executeUpdate();
            em.createNativeMutationQuery("delete from " + schemaPrefix() + "HbBook").executeUpdate();
            em.createNativeMutationQuery("delete from " + schemaPrefix() + "HbItem").executeUpdate();
        });
        inTenant("a", em -> owned(em, 1, "n1", 2, "n2", 3, "n3", 4, "n4"));
        inTenant("b", em -> owned(em, 11, "n1", 12, "n2", 13, "n5"));
        inTenant("a", em -> em.remove(em.find(HbTenantOwned.class, 2L)));
        inTenant("b", em -> em.remove(em.find(HbTenantOwned.class, 12L)));
        inTenant("a", em -> {
            Object[][] rows = {{1L, true, "n1"}, {2L, false, "n2"}, {3L, true, "n3"}, {4L, true, "n5"}, {5L, true, "n1"}};
            for (Object[] r : rows) {
                HbFiltered f = new HbFiltered();
                f.id = (Long) r[0];
                f.active = (Boolean) r[1];
                f.name = (String) r[2];
                em.persist(f);
            }
        });
        statements.set(0);
    }

    private static void owned(Session em, Object... idsAndNames) {
        for (int i = 0; i < idsAndNames.length; i += 2) {
            HbTenantOwned o = new HbTenantOwned();
            o.id = ((Integer) idsAndNames[i]).longValue();
            o.name = (String) idsAndNames[i + 1];
            em.persist(o);
        }
    }

    private Session session(String tenant) {
        return emf.unwrap(SessionFactory.class).withOptions().tenantIdentifier((Object) tenant).openSession();
    }

    private void inTenant(String tenant, Consumer<Session> work) {
        try (Session s = session(tenant)) {
            s.getTransaction().begin();
            work.accept(s);
            s.getTransaction().commit();
        }
    }

    private <T> T query(String tenant, JooqUnit unit, Function<Session, T> work) {
        try (Session s = session(tenant)) {
            s.getTransaction().begin();
            try {
                return work.apply(s);
            } finally {
                s.getTransaction().commit();
            }
        }
    }

    private EntityTables t() {
        return filtered.tables();
    }

    private Field<Long> ownedId() {
        return t().field(HbTenantOwned.class, "id").coerce(Long.class);
    }

    private Field<String> ownedName() {
        return t().field(HbTenantOwned.class, "name").coerce(String.class);
    }

    private static List<Long> jpql(Session s, String jpql) {
        return s.createQuery(jpql, Long.class).getResultList();
    }

    private static List<Long> ids(QueryExecutor sql, org.jooq.ResultQuery<? extends org.jooq.Record1<Long>> query) {
        return new ArrayList<>(sql.fetch(query).getValues(0, Long.class));
    }

    @Test
    void tenantAndSoftDeleteAsJpqlForTwoTenants() {
        for (String tenant : List.of("a", "b")) {
            query(tenant, filtered, s -> {
                QueryExecutor sql = filtered.executor(s);
                Table<?> owned = t().table(HbTenantOwned.class);
                List<Long> expected = jpql(s, "select o.id from HbTenantOwned o order by o.id");
                assertEquals(tenant.equals("a") ? List.of(1L, 3L, 4L) : List.of(11L, 13L), expected);
                assertEquals(expected, ids(sql, sql.dsl().select(ownedId()).from(owned).orderBy(ownedId())));
                // the rows of the other tenant, by id: none
                assertEquals(List.of(), ids(sql, sql.dsl().select(ownedId()).from(owned)
                        .where(ownedId().in(tenant.equals("a") ? List.of(11L, 12L, 13L) : List.of(1L, 2L, 3L, 4L)))));
                // selectFrom keeps the table's columns
                assertEquals(expected.size(), sql.fetch(sql.dsl().selectFrom(owned)).size());
                // managed entities through a native query of the rendered SQL: filtered too
                assertEquals(expected, sql.fetchEntities(sql.dsl().select(t().entityFields(HbTenantOwned.class))
                        .from(owned).orderBy(ownedId()), HbTenantOwned.class).stream().map(o -> o.id).toList());
                // filters off: every row of every tenant, deleted ones included
                QueryExecutor all = unfiltered.executor(s);
                assertEquals(7, all.fetch(all.dsl().select(ownedId()).from(owned)).size());
                return null;
            });
        }
    }

    @Test
    void sqlRestrictionAndEnabledFilterAsJpql() {
        query("a", filtered, s -> {
            QueryExecutor sql = filtered.executor(s);
            Table<?> f = t().table(HbFiltered.class);
            Field<Long> id = t().field(HbFiltered.class, "id").coerce(Long.class);
            List<Long> restricted = jpql(s, "select f.id from HbFiltered f order by f.id");
            assertEquals(List.of(1L, 3L, 4L, 5L), restricted);
            assertEquals(restricted, ids(sql, sql.dsl().select(id).from(f).orderBy(id)));

            s.enableFilter("byName").setParameter("who", "n1");
            List<Long> byName = jpql(s, "select f.id from HbFiltered f order by f.id");
            assertEquals(List.of(1L, 5L), byName);
            assertEquals(byName, ids(sql, sql.dsl().select(id).from(f).orderBy(id)));

            s.disableFilter("byName");
            assertEquals(restricted, ids(sql, sql.dsl().select(id).from(f).orderBy(id)));
            QueryExecutor all = unfiltered.executor(s);
            assertEquals(5, all.fetch(all.dsl().select(id).from(f)).size());
            return null;
        });
    }

    @Test
    void aFilterAppliesOnlyWhileTheSessionEnablesIt() {
        inTenant("a", s -> {
            String[] colors = {"red", "blue", "red"};
            for (int i = 0; i < colors.length; i++) {
                HbLabel label = new HbLabel();
                label.id = i + 1L;
                label.color = colors[i];
                s.persist(label);
            }
        });
        query("a", filtered, s -> {
            QueryExecutor sql = filtered.executor(s);
            Field<Long> id = t().field(HbLabel.class, "id").coerce(Long.class);
            Table<?> labels = t().table(HbLabel.class);
            List<Long> all = jpql(s, "select l.id from HbLabel l order by l.id");
            assertEquals(List.of(1L, 2L, 3L), all);
            assertEquals(all, ids(sql, sql.dsl().select(id).from(labels).orderBy(id)), "not enabled: every row");
            s.enableFilter("onlyRed");
            List<Long> red = jpql(s, "select l.id from HbLabel l order by l.id");
            assertEquals(List.of(1L, 3L), red);
            assertEquals(red, ids(sql, sql.dsl().select(id).from(labels).orderBy(id)));
            return null;
        });
    }

    @Test
    void restrictionOfATablePerClassRootOnItsSubclassTable() {
        inTenant("a", s -> {
            for (long id = 1; id <= 3; id++) {
                HbTpcMemo memo = new HbTpcMemo();
                memo.id = id;
                memo.visible = id != 2;
                memo.text = "m" + id;
                s.persist(memo);
            }
        });
        query("a", filtered, s -> {
            QueryExecutor sql = filtered.executor(s);
            Field<Long> id = t().field(HbTpcMemo.class, "id").coerce(Long.class);
            List<Long> expected = jpql(s, "select m.id from HbTpcMemo m order by m.id");
            assertEquals(List.of(1L, 3L), expected);
            assertEquals(expected, ids(sql, sql.dsl().select(id).from(t().table(HbTpcMemo.class)).orderBy(id)));
            return null;
        });
    }

    /** Tenant a: books 1, 2 (hidden), 3; tenant b: 11, 12 (hidden). */
    private void books() {
        inTenant("a", s -> books(s, 1, false, 2, true, 3, false));
        inTenant("b", s -> books(s, 11, false, 12, true));
        statements.set(0);
    }

    private static void books(Session s, Object... idsAndHidden) {
        for (int i = 0; i < idsAndHidden.length; i += 2) {
            HbBook b = new HbBook();
            b.id = ((Integer) idsAndHidden[i]).longValue();
            b.hidden = (Boolean) idsAndHidden[i + 1];
            b.title = "t" + b.id;
            b.isbn = "i" + b.id;
            s.persist(b);
        }
    }

    @Test
    void aJoinedSubclassTableAndASecondaryTableAloneAsJpql() {
        books();
        for (String tenant : List.of("a", "b")) {
            query(tenant, filtered, s -> {
                QueryExecutor sql = filtered.executor(s);
                List<Long> expected = jpql(s, "select b.id from HbBook b order by b.id");
                assertEquals(tenant.equals("a") ? List.of(1L, 3L) : List.of(11L), expected);
                // the subclass's table alone, and the secondary table alone: the root's tenant and restriction hold
                Table<?> book = t().table(HbBook.class);
                Field<Long> bookId = book.field("id", Long.class);
                assertEquals(expected, ids(sql, sql.dsl().select(bookId).from(book).orderBy(bookId)));
                Table<?> extra = t().table("HbBookExtra");
                Field<Long> extraId = extra.field("id", Long.class);
                assertEquals(expected, ids(sql, sql.dsl().select(extraId).from(extra).orderBy(extraId)));
                assertEquals(expected.size(), sql.fetch(sql.dsl().selectFrom(book.as("b"))).size());
                // the other tenant's books, by id: none
                assertEquals(List.of(), ids(sql, sql.dsl().select(bookId).from(book)
                        .where(bookId.in(tenant.equals("a") ? List.of(11L, 12L) : List.of(1L, 2L, 3L)))));
                QueryExecutor all = unfiltered.executor(s);
                assertEquals(5, all.fetch(all.dsl().select(bookId).from(book)).size());
                assertEquals(5, all.fetch(all.dsl().select(extraId).from(extra)).size());
                return null;
            });
        }
    }

    @Test
    void updatesAndDeletesOfAJoinedSubclassTableTouchNoFilteredRow() {
        books();
        Table<?> book = t().table(HbBook.class);
        Field<Long> bookId = book.field("id", Long.class);
        Field<String> title = book.field("title", String.class);
        assertEquals(2, (int) query("a", filtered, s -> {
            QueryExecutor sql = filtered.executor(s);
            return sql.execute(sql.dsl().update(book).set(title, "renamed").where(DSL.trueCondition()));
        }), "tenant a's books that are not hidden");
        Table<?> extra = t().table("HbBookExtra");
        assertEquals(1, (int) query("b", filtered, s -> {
            QueryExecutor sql = filtered.executor(s);
            return sql.execute(sql.dsl().deleteFrom(extra).where(extra.field("id", Long.class).gt(0L)));
        }), "tenant b's book that is not hidden");
        query("a", unfiltered, s -> {
            QueryExecutor all = unfiltered.executor(s);
            assertEquals(Map.of(1L, "renamed", 2L, "t2", 3L, "renamed", 11L, "t11", 12L, "t12"),
                    all.fetch(all.dsl().select(bookId, title).from(book)).intoMap(r -> r.value1(), r -> r.value2()));
            assertEquals(List.of(1L, 2L, 3L, 12L), ids(all, all.dsl().select(extra.field("id", Long.class))
                    .from(extra).orderBy(extra.field("id", Long.class))));
            return null;
        });
    }

    @Test
    void aJoinedSubclassOwnFilterRefusesItsTablesWhileEnabled() {
        books();
        query("a", filtered, s -> {
            QueryExecutor sql = filtered.executor(s);
            Table<?> book = t().table(HbBook.class);
            Table<?> extra = t().table("HbBookExtra");
            s.enableFilter("titled");
            assertEquals(List.of(1L), jpql(s, "select b.id from HbBook b order by b.id"), "JPQL applies it");
            for (Table<?> table : List.of(book, extra)) {
                IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                        () -> sql.fetch(sql.dsl().selectFrom(table)));
                assertTrue(refused.getMessage().contains("'titled'") && refused.getMessage().contains("HbBook")
                        && refused.getMessage().contains(UnitSettings.ROW_FILTERS + "=false"), refused.getMessage());
            }
            assertThrows(IllegalArgumentException.class, () -> sql.execute(sql.dsl().deleteFrom(book)));
            assertEquals(0, statements.get(), "no statement ran");
            s.disableFilter("titled");
            assertEquals(jpql(s, "select b.id from HbBook b order by b.id"),
                    ids(sql, sql.dsl().select(book.field("id", Long.class)).from(book).orderBy(book.field("id"))));
            return null;
        });
    }

    @Test
    void joinsAndSubqueriesAsJpql() {
        query("a", filtered, s -> {
            QueryExecutor sql = filtered.executor(s);
            s.enableFilter("byName").setParameter("who", "n1");
            Table<?> f = t().table(HbFiltered.class).as("f");
            Table<?> o = t().table(HbTenantOwned.class).as("o");
            Field<Long> fId = f.field("id", Long.class);
            Field<String> fName = f.field("name", String.class);
            Field<Long> oId = o.field("id", Long.class);
            Field<String> oName = o.field("name", String.class);

            List<Long> joined = jpql(s, "select o.id from HbTenantOwned o join HbFiltered f on f.name = o.name"
                    + " order by o.id");
            assertEquals(List.of(1L, 1L), joined);
            assertEquals(joined, ids(sql, sql.dsl().select(oId).from(o).join(f).on(fName.eq(oName)).orderBy(oId)));

            List<Object[]> left = s.createQuery("select o.id, f.id from HbTenantOwned o left join HbFiltered f"
                    + " on f.name = o.name order by o.id, f.id", Object[].class).getResultList();
            List<List<Object>> leftJooq = sql.fetch(sql.dsl().select(oId, fId).from(o).leftJoin(f)
                    .on(fName.eq(oName)).orderBy(oId, fId)).map(r -> List.<Object>of(r.value1(),
                    r.value2() == null ? "null" : r.value2()));
            assertEquals(left.stream().map(r -> List.<Object>of(r[0], r[1] == null ? "null" : r[1])).toList(),
                    leftJooq);

            // a join along the foreign key, with onKey(): the filtered side is a derived table; tags 1 → owner 1
            // (tenant a), 2 → 11 (tenant b), 3 → 2 (tenant a, deleted)
            s.createNativeMutationQuery("insert into " + schemaPrefix() + "HbOwnedTag (id, label, owner_id) values"
                    + " (1, 't1', 1), (2, 't2', 11), (3, 't3', 2)").executeUpdate();
            Field<Long> tagId = t().field(HbOwnedTag.class, "id").coerce(Long.class);
            List<Long> tags = jpql(s, "select g.id from HbOwnedTag g join g.owner o order by g.id");
            assertEquals(List.of(1L), tags);
            assertEquals(tags, ids(sql, sql.dsl().select(tagId).from(t().table(HbOwnedTag.class))
                    .join(t().table(HbTenantOwned.class)).onKey().orderBy(tagId)));

            List<Long> sub = jpql(s, "select o.id from HbTenantOwned o where o.name in (select f.name from"
                    + " HbFiltered f) order by o.id");
            assertEquals(List.of(1L), sub);
            assertEquals(sub, ids(sql, sql.dsl().select(oId).from(o)
                    .where(oName.in(DSL.select(fName).from(f))).orderBy(oId)));
            assertEquals(List.of(1L), ids(sql, sql.dsl().select(oId).from(o)
                    .whereExists(DSL.selectOne().from(f).where(fName.eq(oName))).orderBy(oId)));
            return null;
        });
    }

    @Test
    void updatesAndDeletesTouchNoFilteredRow() {
        Table<?> owned = t().table(HbTenantOwned.class);
        int updated = query("a", filtered, s -> {
            QueryExecutor sql = filtered.executor(s);
            return sql.execute(sql.dsl().update(owned).set(ownedName(), "renamed").where(DSL.trueCondition()));
        });
        assertEquals(3, updated, "tenant a's rows that are not deleted");
        int deleted = query("b", filtered, s -> {
            QueryExecutor sql = filtered.executor(s);
            return sql.execute(sql.dsl().deleteFrom(owned).where(ownedId().gt(0L)));
        });
        assertEquals(2, deleted, "tenant b's rows that are not deleted");
        Table<?> f = t().table(HbFiltered.class);
        int copied = query("a", filtered, s -> {
            QueryExecutor sql = filtered.executor(s);
            // INSERT … SELECT reads tenant a's rows that are not deleted; an update whose subquery reads a filtered table
            int inserted = sql.execute(sql.dsl().insertInto(f, f.field("id", Long.class), f.field("active",
                    Boolean.class), f.field("name", String.class)).select(DSL.select(ownedId().plus(100L),
                    DSL.inline(true), ownedName()).from(owned)));
            s.enableFilter("byName").setParameter("who", "renamed");
            assertEquals(3, sql.execute(sql.dsl().update(owned).set(ownedName(), "again")
                    .where(ownedId().plus(100L).in(DSL.select(f.field("id", Long.class)).from(f)))));
            return inserted;
        });
        assertEquals(3, copied);
        query("a", unfiltered, s -> {
            QueryExecutor all = unfiltered.executor(s);
            assertEquals(List.of(101L, 103L, 104L), ids(all, all.dsl().select(f.field("id", Long.class)).from(f)
                    .where(f.field("id", Long.class).gt(100L)).orderBy(f.field("id", Long.class))));
            all.execute(all.dsl().update(owned).set(ownedName(), "renamed").where(ownedName().eq("again")));
            Map<Long, String> names = all.fetch(all.dsl().select(ownedId(), ownedName()).from(owned))
                    .intoMap(r -> r.value1(), r -> r.value2());
            assertEquals(Map.of(1L, "renamed", 2L, "n2", 3L, "renamed", 4L, "renamed", 12L, "n2"), names,
                    "tenant b's rows and the deleted ones untouched by tenant a's update; b's deleted row kept");
            return null;
        });
    }

    @Test
    void whatCannotBeFilteredIsRefusedBeforeAnySqlRuns() {
        query("a", filtered, s -> {
            QueryExecutor sql = filtered.executor(s);
            IllegalArgumentException plain = assertThrows(IllegalArgumentException.class,
                    () -> sql.dsl().fetch("select * from HbTenantOwned"));
            assertTrue(plain.getMessage().contains("HbTenantOwned") && plain.getMessage().contains("@TenantId")
                    && plain.getMessage().contains(UnitSettings.ROW_FILTERS + "=false"), plain.getMessage());
            assertThrows(IllegalArgumentException.class,
                    () -> sql.dsl().execute("delete from hbtenantowned where id > 0"));
            assertThrows(IllegalArgumentException.class, () -> sql.execute(sql.dsl()
                    .deleteFrom(DSL.table("HbTenantOwned")).where(DSL.trueCondition())));
            Table<?> owned = t().table(HbTenantOwned.class);
            IllegalArgumentException merge = assertThrows(IllegalArgumentException.class, () -> sql.execute(sql.dsl()
                    .mergeInto(owned).using(DSL.selectOne()).on(ownedId().eq(1L))
                    .whenMatchedThenUpdate().set(ownedName(), "merged")));
            assertTrue(merge.getMessage().contains("MERGE"), merge.getMessage());
            IllegalArgumentException truncate = assertThrows(IllegalArgumentException.class,
                    () -> sql.execute(sql.dsl().truncate(owned)));
            assertTrue(truncate.getMessage().contains("TRUNCATE"), truncate.getMessage());
            assertThrows(IllegalArgumentException.class, () -> sql.execute(sql.dsl().insertInto(owned,
                    ownedId(), ownedName()).values(1L, "x").onDuplicateKeyUpdate().set(ownedName(), "y")));
            Table<?> renamed = owned.as("r", "c1", "c2", "c3", "c4");
            assertThrows(IllegalArgumentException.class, () -> sql.fetch(sql.dsl().selectFrom(renamed)));
            s.enableFilter("byName");
            IllegalArgumentException noValue = assertThrows(IllegalArgumentException.class,
                    () -> sql.fetch(sql.dsl().selectFrom(t().table(HbFiltered.class))));
            assertTrue(noValue.getMessage().contains("byName") && noValue.getMessage().contains("who"),
                    noValue.getMessage());
            s.disableFilter("byName");
            // a path join to a filtered table: jOOQ renders its ON itself, so the table cannot become a derived table
            IllegalArgumentException path = assertThrows(IllegalArgumentException.class, () -> sql.fetch(sql.dsl()
                    .select(t().field(HbOwnedTag.class, "id")).from(t().table(HbOwnedTag.class))
                    .join(t().path(HbOwnedTag.class, "owner"))));
            assertTrue(path.getMessage().contains("path join"), path.getMessage());
            assertEquals(0, statements.get(), "no statement ran");
            // a plain-SQL part that names no filtered table runs
            assertEquals(1, sql.fetch(sql.dsl().select(DSL.field("1 + {0}", Integer.class, DSL.val(0)))).size());
            return null;
        });
        query("a", unfiltered, s -> {
            QueryExecutor all = unfiltered.executor(s);
            assertEquals(7, all.fetch(all.dsl().resultQuery("select * from " + schemaPrefix() + "HbTenantOwned")).size(),
                    "with the filters off, plain SQL runs");
            return null;
        });
    }

    @Test
    void filtersOffSeeWhatTheDatabaseHolds() {
        query("a", unfiltered, s -> {
            QueryExecutor all = unfiltered.executor(s);
            List<Long> jooq = ids(all, all.dsl().select(ownedId()).from(t().table(HbTenantOwned.class))
                    .orderBy(ownedId()));
            assertNotEquals(jpql(s, "select o.id from HbTenantOwned o order by o.id"), jooq);
            assertEquals(List.of(1L, 2L, 3L, 4L, 11L, 12L, 13L), jooq);
            return null;
        });
    }
}
