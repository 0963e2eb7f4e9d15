package io.github.jooqcdi.eclipselink;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.eclipselink.model.ElBag;
import io.github.jooqcdi.eclipselink.model.ElCar;
import io.github.jooqcdi.eclipselink.model.ElCustomer;
import io.github.jooqcdi.eclipselink.model.ElOrder;
import io.github.jooqcdi.eclipselink.model.ElOrderLine;
import io.github.jooqcdi.eclipselink.model.ElQuoted;
import io.github.jooqcdi.eclipselink.model.ElStatus;
import io.github.jooqcdi.eclipselink.model.ElVehicle;
import io.github.jooqcdi.metadata.ColumnModel;
import io.github.jooqcdi.metadata.ColumnRef;
import io.github.jooqcdi.metadata.EntityModel;
import io.github.jooqcdi.metadata.ForeignKeyModel;
import io.github.jooqcdi.metadata.KeyModel;
import io.github.jooqcdi.metadata.MappingModel;
import io.github.jooqcdi.metadata.TableModel;
import io.github.jooqcdi.tables.EntityTablesBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model read from EclipseLink against the schema EclipseLink itself generated for the {@code el-adapter} unit. */
class EclipseLinkMappingReaderTest {

    private static final String DATABASE = "el-reader";
    private static final boolean ECLIPSELINK_4 = org.eclipse.persistence.Version.getVersion().startsWith("4.");
    private static EntityManagerFactory emf;
    private static MappingModel model;

    @BeforeAll
    static void boot() {
        emf = ElAdapterUnit.create(DATABASE);
        model = new EclipseLinkAdapter().readMapping(emf);
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    @Test
    void tablesAndColumnsAreExactlyTheGeneratedSchema() throws Exception {
        try (Connection connection = DriverManager.getConnection(ElAdapterUnit.url(DATABASE), "sa", "")) {
            assertEquals(List.of(), SchemaComparison.differences(model, DSL.using(connection, SQLDialect.H2),
                    "PUBLIC"));
        }
    }

    @Test
    void sequenceTableOfGeneratedIdsIsIncludedAndSequenceObjectsAreNot() {
        TableModel sequence = table("SEQUENCE");
        assertEquals(List.of("SEQ_NAME"), sequence.primaryKey().columns());
        assertTrue(model.tables().stream().noneMatch(t -> t.name().equalsIgnoreCase("EL_PRODUCT_SEQ")));
    }

    @Test
    void columnDetails() {
        ColumnModel name = column("ELCUSTOMER", "FULL_NAME");
        assertEquals(80, name.length());
        assertFalse(name.nullable());
        ColumnModel credit = column("ELCUSTOMER", "CREDIT");
        assertEquals(10, credit.precision());
        assertEquals(2, credit.scale());
        assertTrue(column("ELCUSTOMER", "ID").identity());
        assertFalse(column("ELCUSTOMER", "ID").nullable());
        assertFalse(column("ELPRODUCT", "ID").identity());
        assertTrue(column("ELCUSTOMER", "NOTES").lob());
        assertEquals(String.class, column("ELCUSTOMER", "NOTES").databaseType());
        assertEquals(byte[].class, column("ELCUSTOMER", "PHOTO").databaseType());
        assertFalse(column("ELCUSTOMER", "PHOTO").lob());
        // a join column takes the type of the key it references
        assertEquals(Long.class, column("EL_ORDERS_ELPRODUCT", "products_ID").databaseType());
        assertEquals(Long.class, column("ElCustomer_TAGS", "ElCustomer_ID").databaseType());
    }

    @Test
    void convertersGiveTheAttributeTypes() {
        assertEquals(ElStatus.class, column("ELCUSTOMER", "STATUS").fieldType());
        assertEquals(String.class, column("ELCUSTOMER", "STATUS").databaseType());
        assertEquals(ElStatus.class, column("ELCUSTOMER", "TIER").fieldType());
        assertEquals(Integer.class, column("ELCUSTOMER", "TIER").databaseType());
        assertEquals(Boolean.class, column("ELCUSTOMER", "VIP").fieldType());
        assertEquals(String.class, column("ELCUSTOMER", "VIP").databaseType());
        assertEquals(Date.class, column("ELCUSTOMER", "SINCE").fieldType());
        assertEquals(Timestamp.class, column("ELCUSTOMER", "SINCE").databaseType());
        assertEquals(UUID.class, column("ELCUSTOMER", "REF").fieldType());
        // EclipseLink 4 converts a UUID to its text; EclipseLink 5 binds its 16 bytes (on PostgreSQL: a uuid)
        assertEquals(ECLIPSELINK_4 ? String.class : byte[].class, column("ELCUSTOMER", "REF").databaseType());
        assertEquals(LocalDate.class, column("ELCUSTOMER", "BIRTHDAY").fieldType());
        assertEquals(Boolean.class, column("ELCUSTOMER", "ACTIVE").fieldType());
        assertEquals(LocalDateTime.class, column("ELCUSTOMER", "CREATEDAT").fieldType());
    }

    @Test
    void lessCommonMappings() {
        assertEquals(ElStatus.class, column("EL_BAG_STATUSES", "STATUSES").fieldType());
        assertEquals(Long.class, column("EL_BAG_STATUSES", "ElBag_ID").fieldType());
        assertEquals(String.class, column("ElBag_COUNTS", "NAME").fieldType());
        assertEquals(Integer.class, column("ElBag_COUNTS", "AMOUNT").fieldType());
        assertEquals(Integer.class, column("EL_BAG_PRODUCTS", "POS").fieldType());
        assertEquals(Instant.class, column("ELBAG", "STAMP").fieldType());
        assertEquals(ECLIPSELINK_4 ? byte[].class : Timestamp.class, column("ELBAG", "STAMP").databaseType(),
                "EclipseLink 4 serializes an Instant, EclipseLink 5 binds it as a timestamp");
        assertEquals(Calendar.class, column("ELBAG", "DUEDAY").fieldType());
        assertEquals(java.sql.Date.class, column("ELBAG", "DUEDAY").databaseType());
        assertEquals(Character.class, column("ELBAG", "GRADE").fieldType());
        assertEquals(Short.class, column("ELBAG", "SMALL").fieldType());
        EntityModel bag = entity("ElBag");
        assertEquals(Set.of("ELBAG", "EL_BAG_STATUSES", "ElBag_COUNTS", "EL_BAG_PRODUCTS", "EL_BAG_OWNER"),
                Set.copyOf(bag.tables()));
        assertFalse(bag.attributes().containsKey("owner"), "a to-one through a join table has no join column");
    }

    @Test
    void lessCommonTypesReadWhatJpaWrote() throws Exception {
        ElBag bag = new ElBag();
        bag.id = 77L;
        bag.statuses.add(ElStatus.CLOSED);
        bag.counts.put("apples", 3);
        bag.stamp = Instant.parse("2024-02-29T10:15:30.123456Z");
        bag.dueDay = Calendar.getInstance();
        bag.dueDay.setTimeInMillis(java.sql.Date.valueOf("2024-03-01").getTime());
        bag.opensAt = LocalTime.of(8, 30);
        bag.small = 12;
        bag.ratio = 0.5f;
        bag.grade = 'B';
        EntityManager em = emf.createEntityManager();
        em.getTransaction().begin();
        em.persist(bag);
        em.getTransaction().commit();
        em.close();

        EntityTables tables = EntityTablesBuilder.build(ElAdapterUnit.NAME, SQLDialect.H2, model);
        try (Connection connection = DriverManager.getConnection(ElAdapterUnit.url(DATABASE), "sa", "")) {
            DSLContext dsl = DSL.using(connection, SQLDialect.H2);
            Record row = dsl.selectFrom(tables.table(ElBag.class))
                    .where(field(tables, ElBag.class, "id").eq(77L)).fetchSingle();
            assertEquals(bag.stamp, row.get(field(tables, ElBag.class, "stamp")));
            assertEquals(bag.dueDay.getTimeInMillis(),
                    ((Calendar) row.get(field(tables, ElBag.class, "dueDay"))).getTimeInMillis());
            assertEquals(LocalTime.of(8, 30), row.get(field(tables, ElBag.class, "opensAt")));
            assertEquals(Short.valueOf((short) 12), row.get(field(tables, ElBag.class, "small")));
            assertEquals(Character.valueOf('B'), row.get(field(tables, ElBag.class, "grade")));
            assertEquals(1, dsl.fetchCount(tables.table(ElBag.class),
                    field(tables, ElBag.class, "grade").eq('B')
                            .and(field(tables, ElBag.class, "stamp").eq(bag.stamp))));
            Table<Record> statuses = tables.table("EL_BAG_STATUSES");
            assertEquals(ElStatus.CLOSED, dsl.select(statuses.field("STATUSES")).from(statuses).fetchSingle().value1());
        }
    }

    @Test
    void entities() {
        assertNull(entityOrNull("ElShape"), "an abstract TABLE_PER_CLASS root has no table");
        EntityModel customer = entity("ElCustomer");
        assertEquals(ElCustomer.class, customer.javaType());
        assertEquals("ELCUSTOMER", customer.primaryTable());
        assertEquals(List.of(new ColumnRef("ELCUSTOMER", "TOWN")), customer.attributes().get("address.city"));
        assertEquals(List.of(new ColumnRef("ELCUSTOMER", "FULL_NAME")), customer.attributes().get("name"));
        assertEquals(List.of(new ColumnRef("ELCUSTOMER", "CREATEDAT")), customer.attributes().get("createdAt"));
        assertEquals(Set.of("ELCUSTOMER", "ElCustomer_TAGS", "ELVEHICLE"), Set.copyOf(customer.tables()));

        EntityModel order = entity("ElOrder");
        assertEquals(List.of(new ColumnRef("EL_ORDERS", "CUSTOMER_ID")), order.attributes().get("customer"));
        assertEquals(List.of(new ColumnRef("EL_ORDER_NOTES", "NOTE")), order.attributes().get("note"));
        assertEquals(Set.of("EL_ORDERS", "EL_ORDER_NOTES", "EL_ORDERS_ELPRODUCT", "EL_ORDER_REMARKS", "ELORDERLINE"),
                Set.copyOf(order.tables()));
        assertFalse(order.attributes().containsKey("products"));

        EntityModel line = entity("ElOrderLine");
        assertEquals(ElOrderLine.class, line.javaType());
        assertEquals(List.of(new ColumnRef("ELORDERLINE", "ORDER_ID")), line.attributes().get("id.orderId"));
        assertEquals(List.of(new ColumnRef("ELORDERLINE", "ORDER_ID")), line.attributes().get("order"));

        EntityModel car = entity("ElCar");
        assertEquals(ElCar.class, car.javaType());
        assertEquals("ELCAR", car.primaryTable());
        assertEquals(List.of("ELVEHICLE", "ELCAR"), car.tables());
        assertTrue(car.readColumns().containsAll(List.of(new ColumnRef("ELVEHICLE", "DTYPE"),
                new ColumnRef("ELVEHICLE", "MAKE"), new ColumnRef("ELCAR", "DOORS"))));
        assertEquals(List.of(new ColumnRef("ELCAR", "DOORS")), car.attributes().get("doors"));
        // reading the JOINED root builds subclasses too: EclipseLink needs their tables' columns
        assertTrue(entity("ElVehicle").readColumns().contains(new ColumnRef("ELCAR", "DOORS")));
        assertTrue(entity("ElAnimal").readColumns().containsAll(List.of(new ColumnRef("EL_ANIMAL", "KIND"),
                new ColumnRef("EL_ANIMAL", "GOODBOY"))));
        assertEquals("ELCIRCLE", entity("ElCircle").primaryTable());
    }

    @Test
    void delimitedNamesStayDelimitedAndCompositeJoinColumnsFollowTheTargetKey() {
        TableModel quoted = table("ElQuoted");
        assertEquals("ElQuoted", quoted.name());
        assertTrue(quoted.delimited());
        ColumnModel label = column("ElQuoted", "Mixed Case");
        assertEquals("Mixed Case", label.name());
        assertTrue(label.delimited());
        assertEquals(20, label.length());
        assertFalse(column("ElQuoted", "LINE_NO").delimited());
        EntityModel entity = entity("ElQuoted");
        assertEquals("ElQuoted", entity.primaryTable());
        assertEquals(List.of(new ColumnRef("ElQuoted", "quotedId")), entity.attributes().get("id"));
        List<String> targetKey = table("ELORDERLINE").primaryKey().columns();
        List<String> joinColumns = entity.attributes().get("line").stream().map(ColumnRef::column).toList();
        assertEquals(targetKey.stream().map(c -> c.equals("ORDER_ID") ? "LINE_ORDER" : "LINE_NO").toList(),
                joinColumns);
        ForeignKeyModel fk = quoted.foreignKeys().get(0);
        assertEquals("ELORDERLINE", fk.targetTable());
        assertEquals(fk.targetColumns().stream().map(c -> c.equals("ORDER_ID") ? "LINE_ORDER" : "LINE_NO").toList(),
                fk.columns());
    }

    @Test
    void multitenantAndAdditionalCriteriaAreRowFiltersNotWarnings() {
        assertEquals(List.of(), model.warnings());
        List<String> filters = new EclipseLinkAdapter().rowFilters(emf).stream()
                .map(f -> f.entity().getSimpleName() + ": " + f.description()).toList();
        assertEquals(2, filters.size(), filters.toString());
        assertTrue(filters.stream().anyMatch(w -> w.startsWith("ElTenantNote") && w.contains("@Multitenant")
                && w.contains("TENANT_ID = property eclipselink.tenant-id")), filters.toString());
        assertTrue(filters.stream().anyMatch(w -> w.startsWith("ElArchivedNote") && w.contains("@AdditionalCriteria")
                && w.contains("this.archived = false")), filters.toString());
    }

    @Test
    void dialect() {
        assertEquals(SQLDialect.H2, new EclipseLinkAdapter().dialect(emf).orElseThrow());
    }

    /** What JPA writes, jOOQ reads through the tables built from the model, with the attributes' Java types. */
    @Test
    void jooqReadsWhatJpaWrote() throws Exception {
        ElCustomer customer = new ElCustomer();
        customer.name = "Ada";
        customer.email = "ada@example.org";
        customer.status = ElStatus.ACTIVE;
        customer.tier = ElStatus.CLOSED;
        customer.vip = true;
        customer.notes = "long text";
        customer.since = new Date(1_700_000_000_000L);
        customer.ref = UUID.randomUUID();
        customer.credit = new BigDecimal("12.50");
        customer.active = true;
        customer.tags.add("x");
        ElOrder order = new ElOrder();
        order.code = "A-1";
        order.customer = customer;
        order.note = "fragile";
        EntityManager em = emf.createEntityManager();
        em.getTransaction().begin();
        em.persist(customer);
        em.persist(order);
        em.getTransaction().commit();
        em.close();

        EntityTables tables = EntityTablesBuilder.build(ElAdapterUnit.NAME, SQLDialect.H2, model);
        try (Connection connection = DriverManager.getConnection(ElAdapterUnit.url(DATABASE), "sa", "")) {
            DSLContext dsl = DSL.using(connection, SQLDialect.H2);
            Table<Record> c = tables.table(ElCustomer.class);
            Record row = dsl.selectFrom(c).where(field(tables, ElCustomer.class, "email").eq("ada@example.org"))
                    .fetchSingle();
            assertEquals(ElStatus.ACTIVE, row.get(field(tables, ElCustomer.class, "status")));
            assertEquals(ElStatus.CLOSED, row.get(field(tables, ElCustomer.class, "tier")));
            assertEquals(Boolean.TRUE, row.get(field(tables, ElCustomer.class, "vip")));
            assertEquals(customer.since.getTime(),
                    ((Date) row.get(field(tables, ElCustomer.class, "since"))).getTime());
            assertEquals(customer.ref, row.get(field(tables, ElCustomer.class, "ref")));
            assertEquals("long text", row.get(field(tables, ElCustomer.class, "notes")));
            assertEquals(0, new BigDecimal("12.50").compareTo((BigDecimal) row.get(field(tables, ElCustomer.class,
                    "credit"))));

            Table<Record> o = tables.table(ElOrder.class);
            assertEquals("Ada", dsl.select(field(tables, ElCustomer.class, "name")).from(o).join(c).onKey()
                    .where(field(tables, ElOrder.class, "code").eq("A-1")).fetchSingle().value1());
            // converted values bind as EclipseLink binds them
            assertEquals(0, dsl.fetchCount(tables.table(ElQuoted.class),
                    field(tables, ElQuoted.class, "label").eq("none")), "delimited names are rendered quoted");
            assertEquals(1, dsl.fetchCount(c, field(tables, ElCustomer.class, "vip").eq(true)
                    .and(field(tables, ElCustomer.class, "tier").eq(ElStatus.CLOSED))
                    .and(field(tables, ElCustomer.class, "ref").eq(customer.ref))));
        }
    }

    /** An Instant attribute (serialized by EclipseLink 4, a timestamp in EclipseLink 5) reads and binds as JPA's. */
    @Test
    void anInstantReadsAndBindsAsEclipseLinkWroteIt() throws Exception {
        ElBag bag = new ElBag();
        bag.id = 4711L;
        bag.stamp = Instant.parse("2024-03-01T10:15:30.123456Z");
        EntityManager em = emf.createEntityManager();
        em.getTransaction().begin();
        em.persist(bag);
        em.getTransaction().commit();
        em.close();

        EntityTables tables = EntityTablesBuilder.build(ElAdapterUnit.NAME, SQLDialect.H2, model);
        try (Connection connection = DriverManager.getConnection(ElAdapterUnit.url(DATABASE), "sa", "")) {
            DSLContext dsl = DSL.using(connection, SQLDialect.H2);
            Table<Record> bags = tables.table(ElBag.class);
            Field<Long> id = field(tables, ElBag.class, "id");
            Field<Instant> stamp = field(tables, ElBag.class, "stamp");
            assertEquals(bag.stamp, dsl.select(stamp).from(bags).where(id.eq(4711L)).fetchSingle().value1());
            assertEquals(1, dsl.fetchCount(bags, id.eq(4711L).and(stamp.eq(bag.stamp))));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Field<T> field(EntityTables tables, Class<?> entity, String path) {
        return (Field<T>) tables.field(entity, path);
    }

    private static TableModel table(String name) {
        return model.tables().stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + name));
    }

    private static ColumnModel column(String table, String column) {
        return table(table).columns().stream().filter(c -> c.name().equalsIgnoreCase(column)).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + table + "." + column));
    }

    private static EntityModel entityOrNull(String name) {
        return model.entities().stream().filter(e -> e.entityName().equals(name)).findFirst().orElse(null);
    }

    private static EntityModel entity(String name) {
        EntityModel entity = entityOrNull(name);
        assertNotNull(entity, "no entity " + name);
        return entity;
    }

}
