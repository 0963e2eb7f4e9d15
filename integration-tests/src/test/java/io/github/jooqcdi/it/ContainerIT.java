package io.github.jooqcdi.it;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.demo.Reports;
import io.github.jooqcdi.demo.Units;
import io.github.jooqcdi.demo.audit.AuditEvent;
import io.github.jooqcdi.demo.audit.AuditEvent_;
import io.github.jooqcdi.demo.shop.Book;
import io.github.jooqcdi.demo.shop.Category;
import io.github.jooqcdi.demo.shop.Category_;
import io.github.jooqcdi.demo.shop.Gadget;
import io.github.jooqcdi.demo.shop.OrderLine;
import io.github.jooqcdi.demo.shop.OrderLine_;
import io.github.jooqcdi.demo.shop.Product;
import io.github.jooqcdi.demo.shop.Product_;
import io.github.jooqcdi.demo.shop.PurchaseOrder;
import io.github.jooqcdi.demo.shop.Tag;
import io.github.jooqcdi.demo.shop.Tag_;
import io.github.jooqcdi.it.app.EjbWork;
import io.github.jooqcdi.it.app.ExportRows;
import io.github.jooqcdi.jaxrs.ResultBodyWriter;
import io.github.jooqcdi.it.app.TransactionalWork;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.Cache;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Table;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.github.jooqcdi.demo.Sql.lineAmount;
import static io.github.jooqcdi.demo.Sql.notCancelled;
import static io.github.jooqcdi.demo.Sql.typed;
import static org.jooq.impl.DSL.partitionBy;
import static org.jooq.impl.DSL.rank;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * jooq-cdi in a real server under JTA: the same class runs on Payara Micro (EclipseLink) and on WildFly (Hibernate),
 * on the server's default H2 data source, on PostgreSQL ({@code -Ddb=postgresql}) or on MariaDB ({@code -Ddb=mariadb}).
 * One deployment (the demo WAR plus test beans) for all tests, so the server starts once. Every test asserts rows in the database.
 * The report test runs first: it checks exact figures of the sample data, which later tests add to.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContainerIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    @PersistenceUnitName(Units.SHOP)
    EntityManager em;

    @Inject
    @PersistenceUnitName(Units.AUDIT)
    EntityManager auditEm;

    @Inject
    QueryExecutor sql;

    @Inject
    @PersistenceUnitName(Units.AUDIT)
    QueryExecutor audit;

    @Inject
    @PersistenceUnitName(Units.AUDIT)
    DSLContext auditDsl;

    @Inject
    UserTransaction tx;

    @Inject
    TransactionalWork transactional;

    @Inject
    EjbWork ejb;

    @Inject
    Reports reports;

    @Inject
    ExportRows exportRows;

    // ---- the demo's reports, on the sample data -------------------------------------------------------------------

    @Test
    @Order(1)
    void reportsAnswerWithWindowFunctionsCtesAndGroupingSets() {
        Map<String, String> top = new TreeMap<>();
        for (Record r : reports.topProducts(1)) {
            top.put(r.get("category", String.class), r.get("sku", String.class) + " " + money(r.get("revenue")));
        }
        assertEquals(Map.of("Audio", "GD-HEAD 387.00", "Computers", "GD-KEYB 89.00", "Fiction", "BK-NOVEL 78.00",
                "Programming", "BK-SQL 117.00"), top);
        Result<? extends Record> two = reports.topProducts(2);
        assertEquals(6, two.size());
        Record java = two.stream().filter(r -> "BK-JAVA".equals(r.get("sku"))).findFirst().orElseThrow();
        assertEquals(2, java.get("rank", Integer.class));
        assertEquals(0, new BigDecimal("43.5").compareTo(java.get("share_pct", BigDecimal.class)));

        Map<String, String> tree = new TreeMap<>();
        for (Record r : reports.categoryRevenue()) {
            tree.put(r.get("category", String.class), money(r.get("revenue")));
        }
        assertEquals(Map.of("Books", "285.00", "Books > Fiction", "78.00", "Books > Programming", "207.00",
                "Electronics", "535.00", "Electronics > Audio", "446.00", "Electronics > Computers", "89.00"), tree);

        Map<String, String> byCountry = new TreeMap<>();
        for (Record r : reports.revenueByCountry()) {
            byCountry.put(r.get("country", String.class) + "/" + r.get("kind", String.class),
                    money(r.get("revenue")) + " in " + r.get("orders", Integer.class));
        }
        assertEquals(Map.of("DE/BOOK", "168.00 in 3", "DE/GADGET", "218.00 in 2", "DE/(all)", "386.00 in 3",
                "FR/BOOK", "58.50 in 1", "FR/GADGET", "317.00 in 2", "FR/(all)", "375.50 in 2",
                "ES/BOOK", "58.50 in 1", "ES/(all)", "58.50 in 1", "(all)/(all)", "820.00 in 6"), byCountry);

        List<String> alice = new ArrayList<>();
        for (Record r : reports.orderHistory("alice@example.com")) {
            alice.add(r.get("placed_on") + " " + money(r.get("total")) + " " + money(r.get("running_total")));
        }
        assertEquals(List.of("2025-01-10 174.00 174.00", "2025-02-14 78.00 252.00"), alice);
    }

    // ---- JTA: JPA and jOOQ writes commit and roll back together --------------------------------------------------

    @Test
    void transactionalBeanCommitsJpaAndJooqWritesTogether() {
        assertEquals(0, transactional.write("cdi-commit", false),
                "another transaction sees the jOOQ row only after commit: it was written in the bean's transaction");
        assertEquals(List.of("cdi-commit-jooq", "cdi-commit-jpa"), tags("cdi-commit"));
    }

    @Test
    void transactionalBeanRollsBackJpaAndJooqWritesTogether() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> transactional.write("cdi-rollback", true));
        assertEquals("roll back cdi-rollback", e.getMessage(), "the bean's own failure, after both writes");
        assertEquals(List.of(), tags("cdi-rollback"));
    }

    @Test
    void sqlErrorMarksTheTransactionRollbackOnly() throws Exception {
        // the bean's own transaction: the failed jOOQ statement dooms the JPA write before it
        try {
            transactional.failingStatement("sql-error-own");
        } catch (TransactionalException refused) {
            // Payara's @Transactional reports the refused commit; WildFly's rolls back silently
        }
        assertEquals(List.of(), tags("sql-error-own"));
        // the caller's transaction: the bean sees it marked rollback-only right after the DataAccessException
        tx.begin();
        try {
            assertEquals(Status.STATUS_MARKED_ROLLBACK, transactional.failingStatement("sql-error-joined"));
        } finally {
            tx.rollback();
        }
        assertEquals(List.of(), tags("sql-error-joined"));
    }

    @Test
    void ejbCommitsJpaAndJooqWritesTogether() {
        assertEquals(0, ejb.write("ejb-commit"),
                "another transaction sees the jOOQ row only after commit: it was written in the EJB's transaction");
        assertEquals(List.of("ejb-commit-jooq", "ejb-commit-jpa"), tags("ejb-commit"));
    }

    @Test
    void ejbRollsBackJpaAndJooqWritesTogether() {
        EJBException e = assertThrows(EJBException.class, () -> ejb.writeAndThrow("ejb-rollback"));
        assertTrue(causes(e).contains("roll back ejb-rollback"), "the bean's own failure, after both writes: " + causes(e));
        assertEquals(List.of(), tags("ejb-rollback"));
        ejb.writeAndSetRollbackOnly("ejb-rollback-only");
        assertEquals(List.of(), tags("ejb-rollback-only"));
    }

    // ---- flush: what JPA has not flushed yet is visible to jOOQ in the same transaction ----------------------------

    @Test
    void unflushedPersistIsVisibleToJooq() throws Exception {
        tx.begin();
        try {
            em.persist(new Tag("unflushed", "persisted, not flushed"));
            assertEquals(List.of("unflushed"), tags("unflushed"));
            EntityTables t = sql.tables();
            // and a JPA change of a managed entity, through an UPDATE it has not flushed yet
            Tag bestseller = em.find(Tag.class, "bestseller");
            bestseller.setDescription("changed by JPA");
            assertEquals("changed by JPA", sql.fetch(sql.dsl().select(t.field(Tag_.description))
                    .from(t.table(Tag.class)).where(t.field(Tag_.name).eq("bestseller"))).get(0).value1());
        } finally {
            tx.rollback();
        }
        assertEquals(List.of(), tags("unflushed"));
        tx.begin(); // the EE 11 container's EntityManager bean is @TransactionScoped on WildFly
        try {
            assertEquals("sells well", em.find(Tag.class, "bestseller").getDescription());
        } finally {
            tx.commit();
        }
    }

    // ---- fetchEntities: managed entities from a query JPQL cannot express ----------------------------------------

    @Test
    void fetchEntitiesReturnsManagedEntitiesInsideTheTransaction() throws Exception {
        EntityTables t = sql.tables();
        Table<?> product = t.table(Product.class);
        Field<Long> productId = t.field(Product_.id);
        Field<Long> lineProduct = typed(t.field(OrderLine.class, "product"), Long.class);
        Field<Long> productCategory = typed(t.field(Product.class, "category"), Long.class);
        // the best seller of each category: rank() over the revenue, a window function
        Table<?> ranked = select(lineProduct.as("product_id"),
                rank().over(partitionBy(productCategory).orderBy(sum(lineAmount(t)).desc())).as("rnk"))
                .from(t.table(OrderLine.class))
                .join(t.table(PurchaseOrder.class)).onKey()
                .join(product).onKey()
                .where(notCancelled(t))
                .groupBy(lineProduct, productCategory)
                .asTable("ranked");

        tx.begin();
        try {
            List<Product> best = sql.fetchEntities(sql.dsl()
                    .select(t.entityFields(Product.class))
                    .from(product)
                    .where(productId.in(select(ranked.field("product_id", Long.class)).from(ranked)
                            .where(ranked.field("rnk", Integer.class).eq(1))))
                    .orderBy(t.field(Product_.sku)), Product.class);
            assertEquals(List.of("BK-NOVEL", "BK-SQL", "GD-HEAD", "GD-KEYB"), best.stream().map(Product::getSku).toList());
            for (Product p : best) {
                assertTrue(em.contains(p), p.getSku() + " is managed");
                Class<?> kind = p.getSku().startsWith("BK") ? Book.class : Gadget.class;
                assertTrue(kind.isInstance(p), p.getSku() + " is a " + kind.getSimpleName());
            }
            assertEquals("Ed Codd", ((Book) best.get(1)).getAuthor());
            assertEquals(List.of("new"), best.get(1).getTags().stream().map(Tag::getName).toList());
            best.get(3).setPrice(new BigDecimal("91.00")); // managed: the commit writes it
            tx.commit();
        } catch (Exception | AssertionError e) {
            tx.rollback();
            throw e;
        }
        assertEquals(0, new BigDecimal("91.00").compareTo(sql.fetch(sql.dsl().select(t.field(Product_.price))
                .from(product).where(t.field(Product_.sku).eq("GD-KEYB"))).get(0).value1()));

        // a select list other than the entity's columns is refused
        tx.begin();
        try {
            assertThrows(IllegalArgumentException.class, () -> sql.fetchEntities(
                    sql.dsl().select(t.field(Product_.id)).from(product), Product.class));
        } finally {
            tx.rollback();
        }
    }

    // ---- the shared (L2) cache after jOOQ DML ---------------------------------------------------------------------

    @Test
    void jooqDmlEvictsTheSharedCache() throws Exception {
        tx.begin(); // the EE 11 container's EntityManager bean is @TransactionScoped on WildFly
        Cache cache = em.getEntityManagerFactory().getCache();
        Category computers = em.createQuery("select c from Category c where c.name = 'Computers'", Category.class)
                .getSingleResult();
        Gadget gadget = new Gadget("IT-CACHE", "Cached Gadget", new BigDecimal("10.00"), computers, "Cache", 6);
        em.persist(gadget);
        tx.commit();
        long id = gadget.getId();
        EntityTables t = sql.tables();

        // inside a transaction
        assertEquals(0, new BigDecimal("10.00").compareTo(findPrice(id)));
        assertTrue(cache.contains(Product.class, id), "precondition: the product is in the shared cache");
        tx.begin();
        sql.execute(sql.dsl().update(t.table(Product.class)).set(t.field(Product_.price), new BigDecimal("12.00"))
                .where(t.field(Product_.id).eq(id)));
        tx.commit();
        assertFalse(cache.contains(Product.class, id), "evicted after the jOOQ UPDATE");
        assertEquals(0, new BigDecimal("12.00").compareTo(findPrice(id)));

        // outside any transaction (auto-commit)
        assertTrue(cachedAfterFind(cache, id), "precondition: cached again");
        sql.execute(sql.dsl().update(t.table(Product.class)).set(t.field(Product_.price), new BigDecimal("14.00"))
                .where(t.field(Product_.id).eq(id)));
        assertFalse(cache.contains(Product.class, id), "evicted after the auto-commit jOOQ UPDATE");
        assertEquals(0, new BigDecimal("14.00").compareTo(findPrice(id)));
    }

    /**
     * Reads the product until the shared cache holds it again. Hibernate's Infinispan regions refuse to cache what
     * is loaded right after a region was invalidated (until the invalidation is over): give it a moment.
     */
    private boolean cachedAfterFind(Cache cache, long id) throws Exception {
        for (int attempt = 0; attempt < 40; attempt++) {
            findPrice(id);
            if (cache.contains(Product.class, id)) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }

    private BigDecimal findPrice(long id) throws Exception {
        tx.begin();
        try {
            return em.find(Product.class, id).getPrice();
        } finally {
            tx.commit();
        }
    }

    // ---- two persistence units in one WAR -------------------------------------------------------------------------

    @Test
    void twoPersistenceUnitsInOneTransaction() throws Exception {
        assertEquals(Units.SHOP, sql.unitName());
        assertEquals(Units.AUDIT, audit.unitName());
        assertThrows(IllegalArgumentException.class, () -> audit.tables().table(Product.class));
        EntityTables a = audit.tables();
        Table<?> events = a.table(AuditEvent.class);
        Field<String> action = a.field(AuditEvent_.action);

        for (boolean commit : new boolean[] {true, false}) {
            String marker = commit ? "IT_COMMIT" : "IT_ROLLBACK";
            tx.begin();
            try {
                em.persist(new Tag("two-units-" + commit, "shop unit, JPA"));
                auditEm.persist(new AuditEvent(LocalDateTime.now(), marker, "audit unit, JPA"));
                audit.execute(audit.dsl().insertInto(events)
                        .set(a.field(AuditEvent_.id), commit ? 900_001L : 900_002L)
                        .set(a.field(AuditEvent_.occurredAt), LocalDateTime.now())
                        .set(action, marker)
                        .set(a.field(AuditEvent_.detail), "audit unit, jOOQ"));
                // the audit unit's JPA write is flushed before its jOOQ query; the DSLContext bean is the same unit
                assertEquals(2, auditDsl.fetchCount(events, action.eq(marker)));
                assertEquals(List.of("two-units-" + commit), tags("two-units-" + commit));
            } finally {
                if (commit) {
                    tx.commit();
                } else {
                    tx.rollback();
                }
            }
            assertEquals(commit ? 2 : 0, audit.fetch(audit.dsl().selectCount().from(events).where(action.eq(marker)))
                    .get(0).value1());
            assertEquals(commit ? List.of("two-units-true") : List.of(), tags("two-units-" + commit));
        }
    }

    // ---- outside any transaction: no connection left open --------------------------------------------------------

    @Test
    @RunAsClient
    void outsideTransactionNoConnectionIsLeftOpen() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String count = get(http, "it/product-count");
        for (int i = 0; i < 20; i++) { // let the pool settle
            get(http, "it/product-count");
        }
        int before = Integer.parseInt(get(http, "it/db-sessions").trim());
        for (int i = 0; i < 1000; i++) {
            assertEquals(count, get(http, "it/product-count"));
        }
        int after = Integer.parseInt(get(http, "it/db-sessions").trim());
        System.out.println("database sessions before/after 1,000 requests outside a transaction on "
                + Deployments.SERVER + "/" + Deployments.DB + ": " + before + "/" + after);
        assertTrue(after <= before, "sessions before " + before + ", after " + after);
    }

    // ---- the demo's REST endpoints ---------------------------------------------------------------------------------

    @Test
    @Order(2)
    @RunAsClient
    void demoEndpoints() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String top = get(http, "reports/top-products");
        assertTrue(top.contains("|Programming|BK-SQL  |SQL Window Functions| 117.00|   1|     56.5|"), top);
        assertTrue(get(http, "products/BK-NOVEL").startsWith("BK-NOVEL \"The Long Transaction\" 19.50 (book by Jo Commit"));
        assertEquals("order", post(http, "orders?customer=diego@example.com&item=BK-NOVEL:2&date=2025-05-01")
                .split(" ")[0]);
        assertTrue(post(http, "orders?customer=diego@example.com&item=GD-SPK:1&date=2025-05-02")
                .endsWith("lines, total 59.00; diego@example.com has bought 156.50 in all\n"));
        assertEquals("3 products repriced\n", post(http, "categories/Books/reprice?percent=10"));
        assertTrue(get(http, "products/BK-NOVEL").startsWith("BK-NOVEL \"The Long Transaction\" 21.45 ("));
        assertTrue(get(http, "audit").contains("Books +10%: 3 products"));
        assertTrue(get(http, "tables").contains("create table purchase_order"));
    }

    /** Bad input gets a 400 with the demo's own message as text, never a 500 or the server's page; JSON is JSON. */
    @Test
    @Order(3)
    @RunAsClient
    void demoAnswersBadInputWith400AndItsMessage() {
        Http demo = new Http(Deployments.api());
        String[][] cases = {
                {"GET", "audit?limit=-1", "limit must be a whole number from 1 to 1000, not '-1'"},
                {"GET", "audit?limit=ten", "limit must be a whole number from 1 to 1000, not 'ten'"},
                {"GET", "reports/top-products?per-category=0", "per-category must be a whole number from 1 to 100"},
                {"GET", "reports/revenue-by-country?format=xml", "format must be text or json, not 'xml'"},
                {"POST", "orders?customer=diego@example.com&item=BK-NOVEL:1&date=notadate",
                        "date must be a date like 2025-05-01, not 'notadate'"},
                {"POST", "orders?customer=diego@example.com&item=BK-NOVEL:0", "the quantity of BK-NOVEL must be a whole number from 1 to 1000, not '0'"},
                {"POST", "orders?customer=diego@example.com&item=BK-NOVEL:-5", "not '-5'"},
                {"POST", "orders?customer=diego@example.com&item=BK-NOVEL:2147483647&item=BK-NOVEL:1", "not '2147483647'"},
                {"POST", "orders?customer=diego@example.com&item=BK-NOVEL:1000&item=BK-NOVEL:1", "at most 1000 of BK-NOVEL"},
                {"POST", "orders?customer=diego@example.com", "no item"},
                {"POST", "categories/Books/reprice?percent=2147483647", "percent must be a whole number from -99 to 1000"},
                {"POST", "categories/Books/reprice?percent=-100", "not '-100'"},
                {"POST", "categories/Books/reprice", "percent=<number> is missing"},
        };
        for (String[] c : cases) {
            String answer = c[0].equals("GET") ? demo.get(c[1]) : demo.post(c[1]);
            assertTrue(answer.startsWith("400 400 Bad Request: ") && answer.contains(c[2]),
                    c[0] + " " + c[1] + " answered: " + answer.substring(0, Math.min(300, answer.length())));
        }
        assertEquals("application/json", demo.contentType("reports/revenue-by-country?format=json"));
        assertEquals("text/plain", demo.contentType("reports/revenue-by-country"));
    }

    // ---- jOOQ results out to clients: jooq-cdi's JAX-RS writers -------------------------------------------------

    /** JSON and CSV bodies from a Cursor, a Result and a Stream by the Accept header; other types left alone. */
    @Test
    @Order(60)
    @RunAsClient
    void jooqResultsGoToClientsAsJsonOrCsv() {
        ExportChecks export = new ExportChecks();
        List<Long> ids = export.storeRows();
        export.jsonAndCsvByAcceptHeader(ids);
        export.otherTypesStayWithTheApplicationsProvider(ids);
        export.cursorFromAFinishedTransactionIsRefused(ids);
    }

    @Test
    @Order(61)
    @RunAsClient
    void aStreamedExportOf20000RowsIsExact() {
        new ExportChecks().generatedRows(20_000);
    }

    @Test
    @Order(62)
    @RunAsClient
    void aClientThatGoesAwayGetsItsCursorClosed() throws Exception {
        new ExportChecks().clientThatGoesAwayClosesTheCursor(200_000);
    }

    /** In the server: the writer refuses a cursor whose transaction ended, says what to do, and closes it. */
    @Test
    @Order(63)
    void aCursorFromAFinishedTransactionIsRefusedSayingWhatToDo() {
        Cursor<?> cursor = exportRows.openCursorInTransaction(ExportChecks.ACTION);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RuntimeException e = assertThrows(RuntimeException.class, () -> new ResultBodyWriter().writeTo(cursor,
                cursor.getClass(), Cursor.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE,
                new MultivaluedHashMap<>(), out));
        assertTrue(e.getMessage().contains("'" + Units.AUDIT + "'")
                && e.getMessage().contains("JAX-RS resource method") && e.getMessage().contains("outside any transaction"),
                e.toString());
        assertEquals(0, out.size(), "nothing written");
        assertTrue(cursor.isClosed(), "the writer closes the cursor");
    }

    /**
     * The server's heap during a long export, streamed from a cursor and fetched whole first (a measurement, not part
     * of mvn verify): {@code -Dexport.heap.rows=1000000}.
     */
    @Test
    @Order(64)
    @RunAsClient
    @EnabledIfSystemProperty(named = "export.heap.rows", matches = "\\d+")
    void heapDuringALongExport() throws Exception {
        int rows = Integer.getInteger("export.heap.rows");
        String streamed = ExportChecks.heapDuring("series", rows);
        System.out.println("heap on " + Deployments.SERVER + "/" + Deployments.DB + ", " + streamed);
        System.out.println("heap on " + Deployments.SERVER + "/" + Deployments.DB + ", unordered "
                + ExportChecks.heapDuring("series", rows + "&unordered=true", rows));
        if (!Deployments.postgres()) {
            System.out.println("heap on " + Deployments.SERVER + "/" + Deployments.DB + ", H2 lazy, unordered "
                    + ExportChecks.heapDuring("series", rows + "&unordered=true&lazy=true", rows));
        }
        String buffered = ExportChecks.heapDuring("series-result",
                Integer.getInteger("export.heap.buffered-rows", rows));
        System.out.println("heap on " + Deployments.SERVER + "/" + Deployments.DB + ", " + buffered);
        long streamedGrowth = figure(streamed, "maxAfterGc") - figure(streamed, "baseline");
        long bufferedGrowth = figure(buffered, "maxAfterGc") - figure(buffered, "baseline");
        // an in-memory H2 (WildFly's default data source) keeps every query result in the server's heap itself
        assertTrue(bufferedGrowth > streamedGrowth, streamed + " / " + buffered);
    }

    private static long figure(String figures, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(name + "=(\\d+)").matcher(figures);
        assertTrue(m.find(), figures);
        return Long.parseLong(m.group(1));
    }

    private static String get(HttpClient http, String path) throws Exception {
        return send(http, HttpRequest.newBuilder(URI.create(Deployments.api() + path)).GET().build());
    }

    private static String post(HttpClient http, String path) throws Exception {
        return send(http, HttpRequest.newBuilder(URI.create(Deployments.api() + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private static String send(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), request.uri() + ": " + response.body());
        return response.body();
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    /** The names of the tags that start with {@code prefix}, read with jOOQ (in or outside the transaction). */
    @Test
    void dslTransactionInAContainerManagedEjbWithoutTransactionSaysWhatToDo() {
        String message = ejb.transactionWithoutOne();
        assertTrue(message.contains("transaction attribute") && message.contains("@Transactional"), message);
    }

    private static String causes(Throwable e) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append(" | ");
        }
        return messages.toString();
    }

    private List<String> tags(String prefix) {
        EntityTables t = sql.tables();
        return sql.fetchInto(sql.dsl().select(t.field(Tag_.name)).from(t.table(Tag.class))
                .where(t.field(Tag_.name).startsWith(prefix)).orderBy(t.field(Tag_.name)), String.class);
    }

    private static String money(Object value) {
        return new BigDecimal(value.toString()).setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }
}
