package io.github.jooqcdi.eclipselink;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.eclipselink.model.ElBook;
import io.github.jooqcdi.eclipselink.model.ElScopedNote;
import io.github.jooqcdi.eclipselink.model.ElTenantNote;
import io.github.jooqcdi.execution.JooqUnit;
import io.github.jooqcdi.execution.JooqUnitBuilder;
import io.github.jooqcdi.provider.JpaProviderAdapter;
import io.github.jooqcdi.transaction.ResourceLocalTransactionState;
import io.github.jooqcdi.unit.UnitSettings;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.ResultQuery;
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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * EclipseLink's {@code @Multitenant} (SINGLE_TABLE, the tenant from the entity manager's {@code eclipselink.tenant-id})
 * and {@code @AdditionalCriteria} (its parameter from the entity manager's properties) in jOOQ queries: the rows a
 * jOOQ query returns are the rows the same JPQL returns, for two tenants; DML never touches a filtered row; what
 * cannot be filtered is refused before any SQL runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EclipseLinkRowFiltersContract {

    /** Properties of the unit's database. */
    abstract Map<String, Object> database();


    private static final String TENANT = "eclipselink.tenant-id";
    private EntityManagerFactory emf;
    private JooqUnit filtered;
    private JooqUnit unfiltered;
    private final AtomicInteger statements = new AtomicInteger();

    @BeforeAll
    void units() {
        emf = Persistence.createEntityManagerFactory("el-filters", database());
        JpaProviderAdapter adapter = new EclipseLinkAdapter();
        filtered = unit(adapter, Map.of());
        unfiltered = unit(adapter, Map.of(UnitSettings.ROW_FILTERS, "false"));
    }

    private JooqUnit unit(JpaProviderAdapter adapter, Map<String, String> properties) {
        return JooqUnitBuilder.build("el-filters", UnitSettings.of("el-filters", properties, p -> fail(p)), emf,
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
     * Tenant a: notes 1 x, 2 y, 3 z; tenant b: 11 x, 12 w. Scoped: 1 ann x, 2 ann y (archived), 3 bob x, 4 ann q.
     */
    @BeforeEach
    void rows() {
        in("a", "ann", em -> {
            em.createNativeQuery("delete from ELTENANTNOTE").executeUpdate();
            em.createNativeQuery("delete from ELSCOPEDNOTE").executeUpdate();
            em.createNativeQuery("delete from ELBOOKEXTRA").executeUpdate();
            em.createNativeQuery("delete from ELBOOK").executeUpdate();
            em.createNativeQuery("delete from ELITEM").executeUpdate();
        });
        in("a", "ann", em -> notes(em, 1, "x", 2, "y", 3, "z"));
        in("b", "ann", em -> notes(em, 11, "x", 12, "w"));
        in("a", "ann", em -> {
            Object[][] rows = {{1L, "ann", false, "x"}, {2L, "ann", true, "y"}, {3L, "bob", false, "x"},
                {4L, "ann", false, "q"}};
            for (Object[] r : rows) {
                ElScopedNote n = new ElScopedNote();
                n.id = (Long) r[0];
                n.owner = (String) r[1];
                n.archived = (Boolean) r[2];
                n.text = (String) r[3];
                em.persist(n);
            }
        });
        statements.set(0);
    }

    private static void notes(EntityManager em, Object... idsAndTexts) {
        for (int i = 0; i < idsAndTexts.length; i += 2) {
            ElTenantNote n = new ElTenantNote();
            n.id = ((Integer) idsAndTexts[i]).longValue();
            n.text = (String) idsAndTexts[i + 1];
            em.persist(n);
        }
    }

    private EntityManager em(String tenant, String owner) {
        return emf.createEntityManager(Map.of(TENANT, tenant, "owner", owner));
    }

    private void in(String tenant, String owner, Consumer<EntityManager> work) {
        query(tenant, owner, em -> {
            work.accept(em);
            return null;
        });
    }

    private <T> T query(String tenant, String owner, Function<EntityManager, T> work) {
        EntityManager em = em(tenant, owner);
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private EntityTables t() {
        return filtered.tables();
    }

    private Field<Long> noteId() {
        return t().field(ElTenantNote.class, "id").coerce(Long.class);
    }

    private Field<String> noteText() {
        return t().field(ElTenantNote.class, "text").coerce(String.class);
    }

    private Field<Long> scopedId() {
        return t().field(ElScopedNote.class, "id").coerce(Long.class);
    }

    private static List<Long> jpql(EntityManager em, String jpql) {
        return em.createQuery(jpql, Long.class).getResultList();
    }

    private static List<Long> ids(QueryExecutor sql, ResultQuery<? extends Record1<Long>> query) {
        return new ArrayList<>(sql.fetch(query).getValues(0, Long.class));
    }

    @Test
    void multitenantAsJpqlForTwoTenants() {
        for (String tenant : List.of("a", "b")) {
            query(tenant, "ann", em -> {
                QueryExecutor sql = filtered.executor(em);
                Table<?> notes = t().table(ElTenantNote.class);
                List<Long> expected = jpql(em, "select n.id from ElTenantNote n order by n.id");
                assertEquals(tenant.equals("a") ? List.of(1L, 2L, 3L) : List.of(11L, 12L), expected);
                assertEquals(expected, ids(sql, sql.dsl().select(noteId()).from(notes).orderBy(noteId())));
                assertEquals(List.of(), ids(sql, sql.dsl().select(noteId()).from(notes)
                        .where(noteId().in(tenant.equals("a") ? List.of(11L, 12L) : List.of(1L, 2L, 3L)))));
                assertEquals(expected.size(), sql.fetch(sql.dsl().selectFrom(notes)).size());
                QueryExecutor all = unfiltered.executor(em);
                assertEquals(5, all.fetch(all.dsl().select(noteId()).from(notes)).size());
                return null;
            });
        }
    }

    @Test
    void additionalCriteriaWithTheEntityManagersParameterAsJpql() {
        for (String owner : List.of("ann", "bob")) {
            query("a", owner, em -> {
                QueryExecutor sql = filtered.executor(em);
                List<Long> expected = jpql(em, "select s.id from ElScopedNote s order by s.id");
                assertEquals(owner.equals("ann") ? List.of(1L, 4L) : List.of(3L), expected);
                assertEquals(expected, ids(sql, sql.dsl().select(scopedId()).from(t().table(ElScopedNote.class))
                        .orderBy(scopedId())));
                QueryExecutor all = unfiltered.executor(em);
                assertEquals(4, all.fetch(all.dsl().select(scopedId()).from(t().table(ElScopedNote.class))).size());
                return null;
            });
        }
    }

    /** Tenant a: books 1, 2 (hidden), 3 (secret); tenant b: 11, 12 (hidden). */
    private void books() {
        in("a", "ann", em -> books(em, 1, false, 2, true, 3, false));
        in("b", "ann", em -> books(em, 11, false, 12, true));
    }

    private static void books(EntityManager em, Object... idsAndHidden) {
        for (int i = 0; i < idsAndHidden.length; i += 2) {
            ElBook b = new ElBook();
            b.id = ((Integer) idsAndHidden[i]).longValue();
            b.hidden = (Boolean) idsAndHidden[i + 1];
            b.title = "t" + b.id;
            b.isbn = b.id == 3 ? "secret" : "i" + b.id;
            em.persist(b);
        }
    }

    @Test
    void aJoinedSubclassTableAndASecondaryTableAloneAsJpql() {
        books();
        for (String tenant : List.of("a", "b")) {
            query(tenant, "ann", em -> {
                QueryExecutor sql = filtered.executor(em);
                // EclipseLink restricts the subclass with the root's tenant and its own criteria, not the root's
                // criteria (hidden books are in); the root with the root's criteria and tenant
                List<Long> expected = jpql(em, "select b.id from ElBook b order by b.id");
                assertEquals(tenant.equals("a") ? List.of(1L, 2L) : List.of(11L, 12L), expected);
                List<Long> items = jpql(em, "select i.id from ElItem i order by i.id");
                assertEquals(tenant.equals("a") ? List.of(1L, 3L) : List.of(11L), items);
                Field<Long> itemId = t().field(io.github.jooqcdi.eclipselink.model.ElItem.class, "id")
                        .coerce(Long.class);
                assertEquals(items, ids(sql, sql.dsl().select(itemId).from(t().table(
                        io.github.jooqcdi.eclipselink.model.ElItem.class)).orderBy(itemId)));
                // the subclass's table alone, and the secondary table alone, as the subclass
                Table<?> book = t().table(ElBook.class);
                Field<Long> bookId = book.field("ID", Long.class);
                assertEquals(expected, ids(sql, sql.dsl().select(bookId).from(book).orderBy(bookId)));
                Table<?> extra = t().table("ELBOOKEXTRA");
                Field<Long> extraId = extra.field("ID", Long.class);
                assertEquals(expected, ids(sql, sql.dsl().select(extraId).from(extra).orderBy(extraId)));
                assertEquals(expected.size(), sql.fetch(sql.dsl().selectFrom(book.as("b"))).size());
                assertEquals(List.of(), ids(sql, sql.dsl().select(bookId).from(book)
                        .where(bookId.in(tenant.equals("a") ? List.of(11L, 12L) : List.of(1L, 2L, 3L)))));
                QueryExecutor all = unfiltered.executor(em);
                assertEquals(5, all.fetch(all.dsl().select(bookId).from(book)).size());
                assertEquals(5, all.fetch(all.dsl().select(extraId).from(extra)).size());
                return null;
            });
        }
    }

    @Test
    void updatesAndDeletesOfAJoinedSubclassTableTouchNoFilteredRow() {
        books();
        Table<?> book = t().table(ElBook.class);
        Field<Long> bookId = book.field("ID", Long.class);
        Field<String> title = book.field("TITLE", String.class);
        assertEquals(2, (int) query("a", "ann", em -> {
            QueryExecutor sql = filtered.executor(em);
            return sql.execute(sql.dsl().update(book).set(title, "renamed").where(DSL.trueCondition()));
        }), "tenant a's books that are not secret");
        Table<?> extra = t().table("ELBOOKEXTRA");
        Field<Long> extraId = extra.field("ID", Long.class);
        assertEquals(2, (int) query("b", "ann", em -> {
            QueryExecutor sql = filtered.executor(em);
            return sql.execute(sql.dsl().deleteFrom(extra).where(extraId.gt(0L)));
        }), "tenant b's books");
        query("a", "ann", em -> {
            QueryExecutor all = unfiltered.executor(em);
            assertEquals(Map.of(1L, "renamed", 2L, "renamed", 3L, "t3", 11L, "t11", 12L, "t12"),
                    all.fetch(all.dsl().select(bookId, title).from(book)).intoMap(r -> r.value1(), r -> r.value2()));
            assertEquals(List.of(1L, 2L, 3L), ids(all, all.dsl().select(extraId).from(extra).orderBy(extraId)));
            return null;
        });
    }

    @Test
    void joinsAndSubqueriesAsJpql() {
        query("a", "ann", em -> {
            QueryExecutor sql = filtered.executor(em);
            Table<?> n = t().table(ElTenantNote.class).as("n");
            Table<?> s = t().table(ElScopedNote.class).as("s");
            Field<Long> nId = n.field("ID", Long.class);
            Field<String> nText = n.field("TEXT", String.class);
            Field<Long> sId = s.field("ID", Long.class);
            Field<String> sText = s.field("TEXT", String.class);

            List<Long> joined = jpql(em, "select n.id from ElTenantNote n join ElScopedNote s on s.text = n.text"
                    + " order by n.id");
            assertEquals(List.of(1L), joined);
            assertEquals(joined, ids(sql, sql.dsl().select(nId).from(n).join(s).on(sText.eq(nText)).orderBy(nId)));

            // EclipseLink writes the criteria of a left-joined entity into the WHERE clause ("… LEFT OUTER JOIN
            // ELSCOPEDNOTE t1 ON (t1.TEXT = t0.TEXT) WHERE … (t1.OWNER = ?) AND (t1.ARCHIVED = ?)"), which drops the
            // notes without a match: its LEFT JOIN returns the inner join's rows. jOOQ keeps outer-join semantics, the
            // filters restricting the joined table only (as Hibernate does): the matches are the same, and the notes
            // without a visible match come with null.
            List<Object[]> left = em.createQuery("select n.id, s.id from ElTenantNote n left join ElScopedNote s"
                    + " on s.text = n.text order by n.id, s.id", Object[].class).getResultList();
            assertEquals(List.of(List.of(1L, 1L)), left.stream().map(r -> List.of(((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue())).toList());
            List<List<Object>> leftJooq = sql.fetch(sql.dsl().select(nId, sId).from(n).leftJoin(s)
                    .on(sText.eq(nText)).orderBy(nId, sId)).map(r -> List.<Object>of(r.value1(),
                    r.value2() == null ? "null" : r.value2()));
            assertEquals(List.of(List.of(1L, 1L), List.of(2L, "null"), List.of(3L, "null")), leftJooq);

            List<Long> sub = jpql(em, "select n.id from ElTenantNote n where n.text in (select s.text from"
                    + " ElScopedNote s) order by n.id");
            assertEquals(List.of(1L), sub);
            assertEquals(sub, ids(sql, sql.dsl().select(nId).from(n)
                    .where(nText.in(DSL.select(sText).from(s))).orderBy(nId)));
            return null;
        });
    }

    @Test
    void updatesAndDeletesTouchNoFilteredRow() {
        Table<?> notes = t().table(ElTenantNote.class);
        int updated = query("a", "ann", em -> {
            QueryExecutor sql = filtered.executor(em);
            return sql.execute(sql.dsl().update(notes).set(noteText(), "renamed").where(DSL.trueCondition()));
        });
        assertEquals(3, updated, "tenant a's rows");
        int deleted = query("a", "bob", em -> {
            QueryExecutor sql = filtered.executor(em);
            return sql.execute(sql.dsl().deleteFrom(t().table(ElScopedNote.class)).where(scopedId().gt(0L)));
        });
        assertEquals(1, deleted, "bob's note that is not archived");
        query("a", "ann", em -> {
            QueryExecutor all = unfiltered.executor(em);
            Map<Long, String> texts = all.fetch(all.dsl().select(noteId(), noteText()).from(notes))
                    .intoMap(r -> r.value1(), r -> r.value2());
            assertEquals(Map.of(1L, "renamed", 2L, "renamed", 3L, "renamed", 11L, "x", 12L, "w"), texts,
                    "tenant b's rows untouched by tenant a's update");
            assertEquals(List.of(1L, 2L, 4L), ids(all, all.dsl().select(scopedId())
                    .from(t().table(ElScopedNote.class)).orderBy(scopedId())));
            return null;
        });
    }

    @Test
    void whatCannotBeFilteredIsRefusedBeforeAnySqlRuns() {
        query("a", "ann", em -> {
            QueryExecutor sql = filtered.executor(em);
            IllegalArgumentException plain = assertThrows(IllegalArgumentException.class,
                    () -> sql.dsl().fetch("select * from ELTENANTNOTE"));
            assertTrue(plain.getMessage().contains("ELTENANTNOTE") && plain.getMessage().contains("@Multitenant")
                    && plain.getMessage().contains(UnitSettings.ROW_FILTERS + "=false"), plain.getMessage());
            assertThrows(IllegalArgumentException.class, () -> sql.dsl().execute("update elscopednote set text = 'x'"));
            assertEquals(0, statements.get(), "no statement ran");
            return null;
        });
        // EclipseLink needs the tenant too: an entity manager without one gets a message naming the property
        EntityManager noTenant = emf.createEntityManager(Map.of("owner", "ann"));
        try {
            QueryExecutor sql = filtered.executor(noTenant);
            IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> sql.fetch(sql.dsl()
                    .select(noteId()).from(t().table(ElTenantNote.class))));
            assertTrue(missing.getMessage().contains(TENANT), missing.getMessage());
            assertEquals(0, statements.get(), "no statement ran");
        } finally {
            noTenant.close();
        }
    }
}
