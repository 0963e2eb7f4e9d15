package io.github.jooqcdi.eclipselink;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.eclipselink.model.ElCar;
import io.github.jooqcdi.eclipselink.model.ElCustomer;
import io.github.jooqcdi.eclipselink.model.ElOrder;
import io.github.jooqcdi.eclipselink.model.ElOrderLine;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
            Map<String, Table<?>> schema = schemaTables(DSL.using(connection, SQLDialect.H2));
            Map<String, TableModel> mapped = model.tables().stream()
                    .collect(Collectors.toMap(t -> key(t.qualifiedName()), t -> t, (a, b) -> a, TreeMap::new));
            assertEquals(schema.keySet(), mapped.keySet(), "tables");

            List<String> problems = new ArrayList<>();
            for (TableModel table : mapped.values()) {
                Table<?> generated = schema.get(key(table.qualifiedName()));
                compareColumns(table, generated, problems);
                compareKeys(table, generated, problems);
            }
            assertEquals(List.of(), problems);
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
        assertEquals(String.class, column("ELCUSTOMER", "REF").databaseType());
        assertEquals(LocalDate.class, column("ELCUSTOMER", "BIRTHDAY").fieldType());
        assertEquals(Boolean.class, column("ELCUSTOMER", "ACTIVE").fieldType());
        assertEquals(LocalDateTime.class, column("ELCUSTOMER", "CREATEDAT").fieldType());
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
    void warningsNameMultitenantAndAdditionalCriteriaEntities() {
        assertEquals(2, model.warnings().size(), model.warnings().toString());
        assertTrue(model.warnings().stream().anyMatch(w -> w.contains("ElTenantNote") && w.contains("@Multitenant")));
        assertTrue(model.warnings().stream().anyMatch(w -> w.contains("ElArchivedNote")
                && w.contains("@AdditionalCriteria")));
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
            assertEquals(customer.since.getTime(), ((Date) row.get(field(tables, ElCustomer.class, "since"))).getTime());
            assertEquals(customer.ref, row.get(field(tables, ElCustomer.class, "ref")));
            assertEquals("long text", row.get(field(tables, ElCustomer.class, "notes")));
            assertEquals(0, new BigDecimal("12.50").compareTo((BigDecimal) row.get(field(tables, ElCustomer.class,
                    "credit"))));

            Table<Record> o = tables.table(ElOrder.class);
            assertEquals("Ada", dsl.select(field(tables, ElCustomer.class, "name")).from(o).join(c).onKey()
                    .where(field(tables, ElOrder.class, "code").eq("A-1")).fetchSingle().value1());
            // converted values bind as EclipseLink binds them
            assertEquals(1, dsl.fetchCount(c, field(tables, ElCustomer.class, "vip").eq(true)
                    .and(field(tables, ElCustomer.class, "tier").eq(ElStatus.CLOSED))
                    .and(field(tables, ElCustomer.class, "ref").eq(customer.ref))));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Field<T> field(EntityTables tables, Class<?> entity, String path) {
        return (Field<T>) tables.field(entity, path);
    }

    private static void compareColumns(TableModel table, Table<?> generated, List<String> problems) {
        Map<String, Field<?>> columns = new TreeMap<>();
        for (Field<?> f : generated.fields()) {
            columns.put(key(f.getName()), f);
        }
        Set<String> mappedNames = table.columns().stream().map(c -> key(c.name())).collect(Collectors.toCollection(TreeSet::new));
        if (!mappedNames.equals(columns.keySet())) {
            problems.add(table.qualifiedName() + ": columns " + mappedNames + " but generated " + columns.keySet());
            return;
        }
        for (ColumnModel column : table.columns()) {
            Field<?> f = columns.get(key(column.name()));
            if (column.nullable() != f.getDataType().nullable()) {
                problems.add(table.qualifiedName() + "." + column.name() + ": nullable " + column.nullable());
            }
            String mappedFamily = family(column.databaseType());
            String generatedFamily = family(f.getDataType().getType());
            if (!mappedFamily.equals(generatedFamily)) {
                problems.add(table.qualifiedName() + "." + column.name() + ": type " + column.databaseType()
                        + " but generated " + f.getDataType());
            }
            if (column.length() != null && f.getDataType().hasLength() && f.getDataType().lengthDefined()
                    && column.length() != f.getDataType().length()) {
                problems.add(table.qualifiedName() + "." + column.name() + ": length " + column.length()
                        + " but generated " + f.getDataType().length());
            }
            if (column.precision() != null && f.getDataType().hasPrecision()
                    && column.precision() != f.getDataType().precision()) {
                problems.add(table.qualifiedName() + "." + column.name() + ": precision " + column.precision()
                        + " but generated " + f.getDataType().precision());
            }
        }
    }

    private static void compareKeys(TableModel table, Table<?> generated, List<String> problems) {
        UniqueKey<?> pk = generated.getPrimaryKey();
        List<String> generatedPk = pk == null ? List.of() : names(pk.getFields());
        List<String> mappedPk = table.primaryKey() == null ? List.of() : keys(table.primaryKey().columns());
        if (!Set.copyOf(generatedPk).equals(Set.copyOf(mappedPk))) {
            problems.add(table.qualifiedName() + ": primary key " + mappedPk + " but generated " + generatedPk);
        }
        Set<String> generatedUniques = generated.getUniqueKeys().stream()
                .map(k -> new TreeSet<>(names(k.getFields())).toString()).collect(Collectors.toSet());
        Set<String> mappedUniques = table.uniqueKeys().stream()
                .map(k -> new TreeSet<>(keys(k.columns())).toString()).collect(Collectors.toSet());
        if (!generatedUniques.equals(mappedUniques)) {
            problems.add(table.qualifiedName() + ": unique keys " + mappedUniques + " but generated " + generatedUniques);
        }
        for (KeyModel unique : table.uniqueKeys()) {
            if (unique.name() != null && generated.getUniqueKeys().stream()
                    .noneMatch(k -> k.getName().equalsIgnoreCase(unique.name()))) {
                problems.add(table.qualifiedName() + ": unique key name " + unique.name() + " not generated");
            }
        }
        Set<String> generatedFks = new TreeSet<>();
        for (ForeignKey<?, ?> fk : generated.getReferences()) {
            generatedFks.add(key(fk.getName()) + names(fk.getFields()) + "->" + key(fk.getKey().getTable().getName())
                    + names(fk.getKeyFields()));
        }
        Set<String> mappedFks = new TreeSet<>();
        for (ForeignKeyModel fk : table.foreignKeys()) {
            mappedFks.add(key(fk.name()) + keys(fk.columns()) + "->" + key(fk.targetTable()) + keys(fk.targetColumns()));
        }
        if (!generatedFks.equals(mappedFks)) {
            problems.add(table.qualifiedName() + ": foreign keys " + mappedFks + " but generated " + generatedFks);
        }
    }

    private static String family(Class<?> type) {
        if (type == String.class || type == Character.class) {
            return "string";
        }
        if (type == Integer.class || type == Short.class || type == Byte.class) {
            return "integer";
        }
        if (type == Long.class) {
            return "long";
        }
        if (type == BigDecimal.class || type == BigInteger.class) {
            // jOOQ reads DECIMAL(p, 0) back as BigInteger
            return "decimal";
        }
        if (type == Double.class || type == Float.class) {
            return "float";
        }
        if (type == Timestamp.class || type == LocalDateTime.class || type == OffsetDateTime.class) {
            return "timestamp";
        }
        if (type == java.sql.Date.class || type == LocalDate.class) {
            return "date";
        }
        if (type == java.sql.Time.class || type == LocalTime.class) {
            return "time";
        }
        return type.getSimpleName();
    }

    private static Map<String, Table<?>> schemaTables(DSLContext dsl) {
        Map<String, Table<?>> tables = new TreeMap<>();
        for (Table<?> t : dsl.meta().getTables()) {
            if (t.getSchema() != null && t.getSchema().getName().equals("PUBLIC")) {
                tables.put(key(t.getName()), t);
            }
        }
        return tables;
    }

    private static List<String> names(List<? extends Field<?>> fields) {
        return fields.stream().map(f -> key(f.getName())).toList();
    }

    private static List<String> names(Field<?>[] fields) {
        return names(List.of(fields));
    }

    private static List<String> keys(List<String> names) {
        return names.stream().map(EclipseLinkMappingReaderTest::key).toList();
    }

    private static String key(String name) {
        return name == null ? "?" : name.toUpperCase(Locale.ROOT);
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
