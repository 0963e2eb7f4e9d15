package io.github.jooqcdi;

import io.github.jooqcdi.metadata.MappingModel;
import io.github.jooqcdi.provider.JpaProviderAdapter;
import io.github.jooqcdi.provider.JpaProviderAdapters;
import io.github.jooqcdi.tables.EntityTablesBuilder;
import io.github.jooqcdi.testmodel.*;
import io.github.jooqcdi.testmodel.SchemaOracle.DbColumn;
import io.github.jooqcdi.testmodel.SchemaOracle.DbForeignKey;
import io.github.jooqcdi.testmodel.SchemaOracle.DbKey;
import io.github.jooqcdi.testmodel.SchemaOracle.DbTable;
import jakarta.persistence.EntityManagerFactory;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Name;
import org.jooq.Named;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DESIGN.md §5: the mapping matrix, on EclipseLink ({@code el}), Hibernate ({@code hb}) and Hibernate with a snake_case
 * physical naming strategy ({@code hb-snake}). The oracle is the schema each provider generated itself, read back by
 * {@link SchemaOracle}; jooq-cdi's tables are built from the provider's runtime mapping by the provider's adapter and
 * {@link EntityTablesBuilder}. Rows are written through JPA (persist + commit) and read through jOOQ on a plain JDBC
 * connection to the same H2 database (and the other way round where a converter is involved).
 */
class MappingMatrixTest {

    /** Tables a provider creates for id generation; jooq-cdi may leave them out, but if it has them they must match. */
    private static final Set<String> OPTIONAL_TABLES = Set.of("PUBLIC.ID_GEN");

    /** Constraint names H2 makes up for constraints the DDL did not name. */
    private static final Pattern DATABASE_NAMED = Pattern.compile("CONSTRAINT_[0-9A-F]+");

    /** The length H2 reports for a {@code CHARACTER VARYING} or {@code BINARY VARYING} declared without one. */
    private static final int UNDECLARED_LENGTH = 1_000_000_000;

    private static final Map<String, String> ADAPTERS = Map.of(
            TestUnits.EL, "io.github.jooqcdi.eclipselink.EclipseLinkAdapter",
            TestUnits.HB, "io.github.jooqcdi.hibernate.HibernateAdapter",
            TestUnits.HB_SNAKE, "io.github.jooqcdi.hibernate.HibernateAdapter");

    private static final Map<String, Unit> UNITS = new ConcurrentHashMap<>();
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

    /** One unit under test: the provider's factory and model, jooq-cdi's tables, and the generated schema. */
    record Unit(String name, EntityManagerFactory emf, MappingModel model, EntityTables tables, List<DbTable> schema) {
    }

    static Stream<String> units() {
        return TestUnits.ALL.stream();
    }

    static Unit unit(String name) {
        String adapterClass = ADAPTERS.get(name);
        if (!present(adapterClass)) {
            throw new AssertionError("Unit " + name + ": the adapter " + adapterClass
                    + " is not on the test class path; the matrix cannot run without it");
        }
        return UNITS.computeIfAbsent(name, n -> {
            EntityManagerFactory emf = TestUnits.emf(n);
            JpaProviderAdapter adapter = JpaProviderAdapters.detect(emf)
                    .orElseThrow(() -> new AssertionError("No adapter detected for unit " + n));
            MappingModel model = adapter.readMapping(emf);
            EntityTables tables = EntityTablesBuilder.build(n, SQLDialect.H2, model);
            return new Unit(n, emf, model, tables, SchemaOracle.read(TestUnits.url(n)));
        });
    }

    // ------------------------------------------------------------------------------------------------------------
    // The oracle: every table, column and key the provider created, and nothing else
    // ------------------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 oracle: jooq-cdi has every table, column, primary, unique and foreign key the provider created, and nothing else")
    void tablesMatchTheGeneratedSchema(String unitName) {
        Unit unit = unit(unitName);
        List<String> differences = differences(unit.schema(), unit.tables().all());
        assertTrue(differences.isEmpty(), () -> "Unit " + unitName + ": " + differences.size()
                + " difference(s) between jooq-cdi's tables and the schema the provider generated:\n  "
                + String.join("\n  ", differences) + "\n\nGenerated schema:\n" + SchemaOracle.describe(unit.schema()));
    }

    /**
     * Every difference between the generated schema and jOOQ tables: missing and extra tables, columns, primary,
     * unique and foreign keys, and per column the type family, nullability, length, precision and scale. Keys the database named ({@code CONSTRAINT_…}) compare by their columns, keys the
     * provider named also by name.
     */
    static List<String> differences(List<DbTable> schema, Collection<? extends Table<?>> tables) {
        List<String> differences = new ArrayList<>();
        Map<String, Table<?>> jooq = new TreeMap<>();
        for (Table<?> table : tables) {
            if (jooq.putIfAbsent(qualified(table), table) != null) {
                differences.add("table " + qualified(table) + " appears twice in all()");
            }
        }
        Set<String> seen = new TreeSet<>();
        for (DbTable db : schema) {
            String key = db.qualifiedName();
            Table<?> table = jooq.get(key);
            if (table == null) {
                if (!OPTIONAL_TABLES.contains(key)) {
                    differences.add("missing table " + key + " " + db.columnNames());
                }
                continue;
            }
            seen.add(key);
            compareTable(db, table, differences);
        }
        jooq.keySet().stream().filter(k -> !seen.contains(k))
                .forEach(k -> differences.add("extra table " + k + " (the database has no such table)"));
        return differences;
    }

    private static void compareTable(DbTable db, Table<?> table, List<String> differences) {
        String t = db.qualifiedName();
        Set<String> dbColumns = db.columns().stream().map(DbColumn::name).collect(Collectors.toCollection(TreeSet::new));
        Set<String> jooqColumns = Arrays.stream(table.fields()).map(MappingMatrixTest::normal)
                .collect(Collectors.toCollection(TreeSet::new));
        dbColumns.stream().filter(c -> !jooqColumns.contains(c))
                .forEach(c -> differences.add("missing column " + t + "." + c));
        jooqColumns.stream().filter(c -> !dbColumns.contains(c))
                .forEach(c -> differences.add("extra column " + t + "." + c));
        for (Field<?> field : table.fields()) {
            db.columns().stream().filter(c -> c.name().equals(normal(field))).findFirst()
                    .ifPresent(c -> compareColumn(t + "." + c.name(), c, field.getDataType(), differences));
        }

        UniqueKey<?> pk = table.getPrimaryKey();
        if (db.primaryKey() == null && pk != null) {
            differences.add("extra primary key " + t + " " + columns(pk.getFields()));
        } else if (db.primaryKey() != null && pk == null) {
            differences.add("missing primary key " + t + " " + db.primaryKey().columns());
        } else if (db.primaryKey() != null) {
            compareKey("primary key", t, db.primaryKey(), pk, differences);
        }

        List<UniqueKey<?>> uniques = new ArrayList<>(table.getUniqueKeys());
        for (DbKey uk : db.uniqueKeys()) {
            UniqueKey<?> match = uniques.stream()
                    .filter(k -> Set.copyOf(columns(k.getFields())).equals(Set.copyOf(uk.columns())))
                    .findFirst().orElse(null);
            if (match == null) {
                differences.add("missing unique key " + t + " " + uk);
            } else {
                uniques.remove(match);
                compareKey("unique key", t, uk, match, differences);
            }
        }
        uniques.forEach(k -> differences.add("extra unique key " + t + " " + k.getName() + " "
                + columns(k.getFields())));

        List<ForeignKey<?, ?>> references = new ArrayList<>(table.getReferences());
        for (DbForeignKey fk : db.foreignKeys()) {
            ForeignKey<?, ?> match = references.stream().filter(r -> sameReference(fk, r)).findFirst().orElse(null);
            if (match == null) {
                differences.add("missing foreign key " + t + " " + fk);
                continue;
            }
            references.remove(match);
            if (!DATABASE_NAMED.matcher(fk.name()).matches() && !fk.name().equals(normal(match.getUnqualifiedName()))) {
                differences.add("foreign key " + t + " " + fk + " is named " + match.getName() + " by jooq-cdi");
            }
        }
        references.forEach(r -> differences.add("extra foreign key " + t + " " + r.getName() + " "
                + columns(r.getFields()) + " -> " + qualified(r.getKey().getTable()) + " "
                + columns(r.getKeyFields())));
    }

    /**
     * Type family, nullability, and the sizes the database states: the length of a character or binary column, the
     * precision and scale of a decimal one. A jOOQ type without a length or precision (0) differs from a database that
     * states one; a varying type declared without a length matches a jOOQ type without one.
     */
    private static void compareColumn(String column, DbColumn db, DataType<?> type, List<String> differences) {
        String where = "column " + column + ": ";
        TypeFamily dbFamily = TypeFamily.of(db.typeName());
        TypeFamily family = TypeFamily.of(type);
        if (dbFamily != family) {
            differences.add(where + "type " + dbFamily + " (" + db.type() + ") in the database, " + family + " ("
                    + type.getCastTypeName() + ") in EntityTables");
            return;
        }
        if (db.nullable() != type.nullable()) {
            differences.add(where + (db.nullable() ? "nullable" : "NOT NULL") + " in the database, "
                    + (type.nullable() ? "nullable" : "NOT NULL") + " in EntityTables");
        }
        // a large object's size is the database's maximum, not a declared length
        if (family.hasLength() && db.size() != null && !db.typeName().endsWith("LARGE OBJECT")) {
            int length = db.size() == UNDECLARED_LENGTH ? 0 : db.size();
            if (length != type.length()) {
                differences.add(where + "length " + (length == 0 ? "undeclared" : length) + " in the database, "
                        + (type.length() == 0 ? "undeclared" : type.length()) + " in EntityTables");
            }
        }
        if (family == TypeFamily.DECIMAL && db.size() != null && db.size() != type.precision()) {
            differences.add(where + "precision " + db.size() + " in the database, " + type.precision()
                    + " in EntityTables");
        }
        if (family == TypeFamily.DECIMAL && db.scale() != null && db.scale() != type.scale()) {
            differences.add(where + "scale " + db.scale() + " in the database, " + type.scale() + " in EntityTables");
        }
    }

    private static void compareKey(String kind, String table, DbKey db, UniqueKey<?> key, List<String> differences) {
        if (!Set.copyOf(db.columns()).equals(Set.copyOf(columns(key.getFields())))) {
            differences.add(kind + " " + table + " " + db + " has columns " + columns(key.getFields())
                    + " in jooq-cdi");
        }
        if (!DATABASE_NAMED.matcher(db.name()).matches() && !db.name().equals(normal(key.getUnqualifiedName()))) {
            differences.add(kind + " " + table + " " + db + " is named " + key.getName() + " by jooq-cdi");
        }
    }

    /** Same referencing columns, each to the same referenced column, of the same table. */
    private static boolean sameReference(DbForeignKey db, ForeignKey<?, ?> fk) {
        if (!db.targetQualifiedName().equals(qualified(fk.getKey().getTable()))) {
            return false;
        }
        Set<String> dbPairs = new TreeSet<>();
        for (int i = 0; i < db.columns().size(); i++) {
            dbPairs.add(db.columns().get(i) + "->" + db.targetColumns().get(i));
        }
        List<String> from = columns(fk.getFields());
        List<String> to = columns(fk.getKeyFields());
        Set<String> jooqPairs = new TreeSet<>();
        for (int i = 0; i < from.size() && i < to.size(); i++) {
            jooqPairs.add(from.get(i) + "->" + to.get(i));
        }
        return dbPairs.equals(jooqPairs);
    }

    // ------------------------------------------------------------------------------------------------------------
    // One test per row of the matrix
    // ------------------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 simple entity with defaults")
    void simpleEntityWithDefaults(String unitName) {
        Unit unit = unit(unitName);
        EntityTables tables = unit.tables();
        long id = next();
        TestUnits.runInTransaction(unitName, em -> {
            Tag tag = new Tag(id, "tag-" + id);
            tag.setWeight(7);
            em.persist(tag);
        });
        Table<Record> table = tables.table(Tag.class);
        assertName("TAG", table);
        assertSame(table, tables.table("Tag"), "by entity name");
        Field<String> label = tables.field(Tag_.label);
        Field<Integer> weight = tables.field(Tag_.weight);
        Field<Boolean> active = tables.field(Tag_.active);
        assertName("LABEL", label);
        assertName("WEIGHT", weight);
        assertName("ACTIVE", active);
        Record row = jooq(unitName, dsl -> dsl.select(label, weight, active).from(table)
                .where(tables.field(Tag_.id).eq(id)).fetchSingle());
        assertEquals("tag-" + id, row.get(label));
        assertEquals(7, row.get(weight));
        assertEquals(true, row.get(active));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 @Table(name, schema)")
    void tableNameAndSchema(String unitName) {
        Unit unit = unit(unitName);
        EntityTables tables = unit.tables();
        LocalDate day = LocalDate.of(2020, 1, 1).plusDays(next() % 3000);
        String store = "S" + (next() % 1_000_000);
        TestUnits.runInTransaction(unitName, em -> em.persist(
                new DailySales(new DailySalesId(day, store), new BigDecimal("1234.50"), 12)));
        Table<Record> table = tables.table(DailySales.class);
        assertName("DAILY_SALES", table);
        assertNotNull(table.getSchema(), "schema of " + table);
        assertName("REPORTING", table.getSchema());
        assertSame(table, tables.table("REPORTING.DAILY_SALES"));
        assertSame(table, tables.table("reporting.daily_sales"));
        Field<BigDecimal> total = tables.field(DailySales_.total);
        BigDecimal read = jooq(unitName, dsl -> dsl.select(total).from(table)
                .where(tables.field(DailySales.class, "id.storeCode").coerce(String.class).eq(store)).fetchSingle(total));
        assertEquals(0, new BigDecimal("1234.50").compareTo(read), read::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 @Column(name, length, precision, scale, nullable)")
    void columnAttributes(String unitName) {
        EntityTables tables = unit(unitName).tables();
        Field<String> sku = tables.field(Product_.sku);
        assertName("SKU", sku);
        assertEquals(32, sku.getDataType().length());
        assertTrue(!sku.getDataType().nullable(), "SKU is NOT NULL");
        Field<String> name = tables.field(Product_.name);
        assertName("PRODUCT_NAME", name);
        assertEquals(200, name.getDataType().length());
        Field<BigDecimal> price = tables.field(Product_.price);
        assertName("PRICE", price);
        assertEquals(12, price.getDataType().precision());
        assertEquals(2, price.getDataType().scale());
        assertTrue(!price.getDataType().nullable(), "PRICE is NOT NULL");
        Field<String> createdBy = tables.field(Auditable_.createdBy);
        assertEquals(64, createdBy.getDataType().length());
        assertTrue(createdBy.getDataType().nullable(), "CREATED_BY is nullable");

        Product product = newProduct(unitName, "Column row", new BigDecimal("12.34"));
        Record row = jooq(unitName, dsl -> dsl.select(sku, name, price).from(tables.table(Product.class))
                .where(tables.field(Product_.id).eq(product.getId())).fetchSingle());
        assertEquals(product.getSku(), row.get(sku));
        assertEquals("Column row", row.get(name));
        assertEquals(new BigDecimal("12.34"), row.get(price));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 generated id: IDENTITY")
    void identityId(String unitName) {
        EntityTables tables = unit(unitName).tables();
        Table<Record> customer = tables.table(Customer.class);
        Field<Long> id = tables.field(Customer_.id);
        assertNotNull(customer.getIdentity(), "identity of " + customer);
        assertEquals(normal(id), normal(customer.getIdentity().getField()));
        Customer persisted = newCustomer(unitName);
        assertNotNull(persisted.getId());
        // a row inserted by jOOQ gets the next identity value (PURCHASE_ORDER: EclipseLink reads a Customer with an
        // inner join to its secondary table, so a CUSTOMER row inserted alone would not be found through JPA)
        PurchaseOrder before = newOrder(unitName, persisted, OrderStatus.NEW);
        Table<Record> orders = tables.table(PurchaseOrder.class);
        Field<Long> orderId = tables.field(PurchaseOrder_.id);
        assertNotNull(orders.getIdentity(), "identity of " + orders);
        Long inserted = jooq(unitName, dsl -> dsl.insertInto(orders)
                .set(tables.field(PurchaseOrder.class, "customer").coerce(Long.class), persisted.getId())
                .set(tables.field(PurchaseOrder_.status), OrderStatus.PAID)
                .set(tables.field(PurchaseOrder_.orderDate), LocalDate.of(2024, 12, 24))
                .returningResult(orderId).fetchSingle(orderId));
        assertTrue(inserted > before.getId(), inserted + " after " + before.getId());
        PurchaseOrder found = TestUnits.readAfterJdbcWrite(unitName, em -> em.find(PurchaseOrder.class, inserted));
        assertNotNull(found, "order " + inserted + " through JPA");
        assertEquals(OrderStatus.PAID, found.getStatus());
        assertEquals(persisted.getId(), found.getCustomer().getId());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 generated id: SEQUENCE")
    void sequenceId(String unitName) {
        EntityTables tables = unit(unitName).tables();
        Product product = newProduct(unitName, "Sequence row", BigDecimal.ONE);
        Long read = jooq(unitName, dsl -> dsl.select(tables.field(Product_.id)).from(tables.table(Product.class))
                .where(tables.field(Product_.sku).eq(product.getSku())).fetchSingle(tables.field(Product_.id)));
        assertEquals(product.getId(), read);
        Long next = jooq(unitName, dsl -> dsl.nextval(DSL.sequence(DSL.name("PRODUCT_SEQ"), Long.class)));
        assertTrue(next > product.getId(), "PRODUCT_SEQ at " + next + ", id " + product.getId());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 generated id: TABLE")
    void tableId(String unitName) {
        EntityTables tables = unit(unitName).tables();
        Category category = newCategory(unitName, null);
        assertNotNull(category.getId());
        String code = jooq(unitName, dsl -> dsl.select(tables.field(Category_.code)).from(tables.table(Category.class))
                .where(tables.field(Category_.id).eq(category.getId())).fetchSingle(tables.field(Category_.code)));
        assertEquals(category.getCode(), code);
        Long generatorValue = jooq(unitName, dsl -> dsl.select(DSL.field(DSL.name("GEN_VALUE"), Long.class))
                .from(DSL.table(DSL.name("ID_GEN"))).where(DSL.field(DSL.name("GEN_NAME")).eq("CATEGORY"))
                .fetchSingle().value1());
        assertTrue(generatorValue >= category.getId(), "ID_GEN at " + generatorValue + ", id " + category.getId());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 @Version")
    void version(String unitName) {
        EntityTables tables = unit(unitName).tables();
        Product product = newProduct(unitName, "Versioned", BigDecimal.TEN);
        TestUnits.runInTransaction(unitName, em -> em.find(Product.class, product.getId())
                .setPrice(new BigDecimal("11.00")));
        Field<?> version = tables.field(Product.class, "version");
        assertName("VERSION", version);
        assertEquals(normal(version), normal(tables.field(Auditable_.version)));
        Object read = jooq(unitName, dsl -> dsl.select(version).from(tables.table(Product.class))
                .where(tables.field(Product_.id).eq(product.getId())).fetchSingle(version));
        assertEquals(product.getVersion() + 1, ((Number) read).longValue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 @MappedSuperclass")
    void mappedSuperclass(String unitName) {
        EntityTables tables = unit(unitName).tables();
        Field<LocalDateTime> createdAt = tables.field(Auditable_.createdAt);
        Field<String> createdBy = tables.field(Auditable_.createdBy);
        assertName("PRODUCT", tableOf(createdAt));
        assertName("CREATED_AT", createdAt);
        assertName("CREATED_BY", createdBy);
        LocalDateTime at = LocalDateTime.of(2024, 3, 1, 10, 15, 30);
        Product product = newProduct(unitName, "Audited", BigDecimal.ONE, p -> {
            p.setCreatedAt(at);
            p.setCreatedBy("auditor");
        });
        Record row = jooq(unitName, dsl -> dsl.select(createdAt, createdBy).from(tables.table(Product.class))
                .where(tables.field(Product_.id).eq(product.getId())).fetchSingle());
        assertEquals(at, row.get(createdAt));
        assertEquals("auditor", row.get(createdBy));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 @ManyToOne with @JoinColumn")
    void manyToOneWithJoinColumn(String unitName) {
        EntityTables tables = unit(unitName).tables();
        Field<?> customerColumn = tables.field(PurchaseOrder.class, "customer");
        assertName("CUSTOMER_ID", customerColumn);
        Table<Record> orders = tables.table(PurchaseOrder.class);
        Table<Record> customers = tables.table(Customer.class);
        assertEquals(1, orders.getReferencesTo(customers).size(), () -> "references " + orders.getReferences());
        Customer customer = newCustomer(unitName);
        PurchaseOrder order = newOrder(unitName, customer, OrderStatus.NEW);
        String email = jooq(unitName, dsl -> dsl.select(tables.field(Customer_.email)).from(orders)
                .join(customers).onKey().where(tables.field(PurchaseOrder_.id).eq(order.getId()))
                .fetchSingle(tables.field(Customer_.email)));
        assertEquals(customer.getEmail(), email);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 @ManyToOne with defaults")
    void manyToOneWithDefaults(String unitName) {
        EntityTables tables = unit(unitName).tables();
        Field<?> parentColumn = tables.field(Category.class, "parent");
        assertName("PARENT_ID", parentColumn);
        assertName(unitName.equals(TestUnits.HB_SNAKE) ? "PURCHASE_ORDER_ID" : "PURCHASEORDER_ID",
                tables.field(Payment.class, "purchaseOrder"));
        Category parent = newCategory(unitName, null);
        Category child = newCategory(unitName, parent);
        Object read = jooq(unitName, dsl -> dsl.select(parentColumn).from(tables.table(Category.class))
                .where(tables.field(Category_.id).eq(child.getId())).fetchSingle(parentColumn));
        assertEquals(parent.getId(), ((Number) read).longValue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 @OneToOne with @JoinColumn")
    void oneToOneWithJoinColumn(String unitName) {
        EntityTables tables = unit(unitName).tables();
        assertName("CUSTOMER_ID", tables.field(LoyaltyCard.class, "customer"));
        Customer customer = newCustomer(unitName);
        String number = "LC" + next();
        TestUnits.runInTransaction(unitName, em -> em.persist(
                new LoyaltyCard(number, em.find(Customer.class, customer.getId()))));
        String email = jooq(unitName, dsl -> dsl.select(tables.field(Customer_.email))
                .from(tables.table(LoyaltyCard.class)).join(tables.table(Customer.class)).onKey()
                .where(tables.field(LoyaltyCard_.cardNumber).eq(number)).fetchSingle(tables.field(Customer_.email)));
        assertEquals(customer.getEmail(), email);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 @OneToOne with defaults")
    void oneToOneWithDefaults(String unitName) {
        EntityTables tables = unit(unitName).tables();
        Field<?> orderColumn = tables.field(Shipment.class, "purchaseOrder");
        assertName(unitName.equals(TestUnits.HB_SNAKE) ? "PURCHASE_ORDER_ID" : "PURCHASEORDER_ID", orderColumn);
        PurchaseOrder order = newOrder(unitName, newCustomer(unitName), OrderStatus.SHIPPED);
        Long shipment = TestUnits.inTransaction(unitName, em -> {
            Shipment s = new Shipment(em.find(PurchaseOrder.class, order.getId()), "DHL", new Date());
            em.persist(s);
            em.flush();
            return s.getId();
        });
        Object read = jooq(unitName, dsl -> dsl.select(orderColumn).from(tables.table(Shipment.class))
                .where(tables.field(Shipment_.id).eq(shipment)).fetchSingle(orderColumn));
        assertEquals(order.getId(), ((Number) read).longValue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 @OneToMany with a join column")
    void oneToManyWithJoinColumn(String unitName) {
        EntityTables tables = unit(unitName).tables();
        Table<Record> lines = tables.table("ORDER_LINE");
        assertSame(lines, tables.table(OrderLine.class));
        Field<?> orderId = column(lines, "ORDER_ID");
        assertEquals(1, lines.getReferencesTo(tables.table(PurchaseOrder.class)).size());
        Product product = newProduct(unitName, "Line item", BigDecimal.ONE);
        Long order = TestUnits.inTransaction(unitName, em -> {
            PurchaseOrder o = new PurchaseOrder(em.find(Customer.class, newCustomer(unitName).getId()),
                    LocalDate.now());
            Product p = em.find(Product.class, product.getId());
            o.getLines().add(new OrderLine(p, 2, BigDecimal.ONE));
            o.getLines().add(new OrderLine(p, 3, BigDecimal.ONE));
            em.persist(o);
            em.flush();
            return o.getId();
        });
        List<Integer> quantities = jooq(unitName, dsl -> dsl.select(tables.field(OrderLine_.quantity)).from(lines)
                .join(tables.table(PurchaseOrder.class)).onKey()
                .where(tables.field(PurchaseOrder_.id).eq(order))
                .orderBy(tables.field(OrderLine_.quantity)).fetch(tables.field(OrderLine_.quantity)));
        assertEquals(List.of(2, 3), quantities);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 @OneToMany with a join table")
    void oneToManyWithJoinTable(String unitName) {
        EntityTables tables = unit(unitName).tables();
        Table<Record> favorites = tables.table("CUSTOMER_FAVORITE");
        assertEquals(1, favorites.getReferencesTo(tables.table(Customer.class)).size());
        assertEquals(1, favorites.getReferencesTo(tables.table(Product.class)).size());
        Product a = newProduct(unitName, "Favorite A", BigDecimal.ONE);
        Product b = newProduct(unitName, "Favorite B", BigDecimal.ONE);
        Long customer = TestUnits.inTransaction(unitName, em -> {
            Customer c = new Customer("fav-" + next() + "@example.org", "Fan");
            c.getFavorites().add(em.find(Product.class, a.getId()));
            c.getFavorites().add(em.find(Product.class, b.getId()));
            em.persist(c);
            em.flush();
            return c.getId();
        });
        Field<?> customerId = column(favorites, "CUSTOMER_ID");
        Field<?> productId = column(favorites, "PRODUCT_ID");
        List<Long> products = jooq(unitName, dsl -> dsl.select(productId).from(favorites)
                .where(customerId.coerce(Long.class).eq(customer)).orderBy(productId)
                .fetch(r -> ((Number) r.value1()).longValue()));
        assertEquals(List.of(a.getId(), b.getId()), products);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 @ManyToMany join table")
    void manyToManyJoinTable(String unitName) {
        EntityTables tables = unit(unitName).tables();
        Table<Record> productTag = tables.table("PRODUCT_TAG");
        assertEquals(Set.of("PRODUCT_ID", "TAG_ID"), Set.copyOf(columns(productTag.getPrimaryKey().getFields())));
        long tagId = next();
        TestUnits.runInTransaction(unitName, em -> em.persist(new Tag(tagId, "m2m-" + tagId)));
        Product product = newProduct(unitName, "Tagged", BigDecimal.ONE, p -> { });
        TestUnits.runInTransaction(unitName, em -> em.find(Product.class, product.getId()).getTags()
                .add(em.find(Tag.class, tagId)));
        String label = jooq(unitName, dsl -> dsl.select(tables.field(Tag_.label)).from(productTag)
                .join(tables.table(Tag.class)).onKey().join(tables.table(Product.class)).onKey()
                .where(tables.field(Product_.id).eq(product.getId())).fetchSingle(tables.field(Tag_.label)));
        assertEquals("m2m-" + tagId, label);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 @ElementCollection of basics")
    void elementCollectionOfBasics(String unitName) {
        EntityTables tables = unit(unitName).tables();
        Table<Record> phones = tables.table("CUSTOMER_PHONE");
        Long customer = TestUnits.inTransaction(unitName, em -> {
            Customer c = new Customer("phones-" + next() + "@example.org", "Caller");
            c.getPhones().addAll(List.of("+41 1", "+41 2"));
            em.persist(c);
            em.flush();
            return c.getId();
        });
        Field<?> phone = column(phones, "PHONE");
        List<String> read = jooq(unitName, dsl -> dsl.select(phone.coerce(String.class)).from(phones)
                .join(tables.table(Customer.class)).onKey().where(tables.field(Customer_.id).eq(customer))
                .orderBy(phone).fetch(Record1Value::value));
        assertEquals(List.of("+41 1", "+41 2"), read);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 @ElementCollection of embeddables (@CollectionTable)")
    void elementCollectionOfEmbeddables(String unitName) {
        EntityTables tables = unit(unitName).tables();
        Table<Record> addresses = tables.table("CUSTOMER_DELIVERY_ADDRESS");
        Long customer = TestUnits.inTransaction(unitName, em -> {
            Customer c = new Customer("deliver-" + next() + "@example.org", "Receiver");
            c.getDeliveryAddresses().add(new Address("Main St 1", "Bern", "3000", "CH"));
            c.getDeliveryAddresses().add(new Address("Side St 2", "Basel", "4000", "CH"));
            em.persist(c);
            em.flush();
            return c.getId();
        });
        Field<?> city = column(addresses, "CITY");
        Field<?> zip = column(addresses, "POSTAL_CODE");
        List<String> read = jooq(unitName, dsl -> dsl.select(city, zip).from(addresses)
                .where(column(addresses, "CUSTOMER_ID").coerce(Long.class).eq(customer)).orderBy(city)
                .fetch(r -> r.value1() + " " + r.value2()));
        assertEquals(List.of("Basel 4000", "Bern 3000"), read);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 @Embedded / @AttributeOverride")
    void embeddedAndAttributeOverride(String unitName) {
        EntityTables tables = unit(unitName).tables();
        Field<?> homeCity = tables.field(Customer.class, "homeAddress.city");
        Field<?> homeZip = tables.field(Customer.class, "homeAddress.zip");
        Field<?> billingCity = tables.field(Customer.class, "billingAddress.city");
        Field<?> billingZip = tables.field(Customer.class, "billingAddress.zip");
        assertName("CITY", homeCity);
        assertName("POSTAL_CODE", homeZip);
        assertName("BILLING_CITY", billingCity);
        assertName("BILLING_ZIP", billingZip);
        assertThrows(IllegalArgumentException.class, () -> tables.field(Customer_.homeAddress));
        Customer customer = newCustomer(unitName, c -> {
            c.setHomeAddress(new Address("Home 1", "Zurich", "8000", "CH"));
            c.setBillingAddress(new Address("Bill 2", "Geneva", "1200", "CH"));
        });
        Record row = jooq(unitName, dsl -> dsl.select(homeCity, homeZip, billingCity, billingZip)
                .from(tables.table(Customer.class)).where(tables.field(Customer_.id).eq(customer.getId()))
                .fetchSingle());
        assertEquals(List.of("Zurich", "8000", "Geneva", "1200"), Arrays.asList(row.intoArray()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 @EmbeddedId composite key")
    void embeddedId(String unitName) {
        EntityTables tables = unit(unitName).tables();
        Table<Record> table = tables.table(DailySales.class);
        assertEquals(Set.of("SALES_DATE", "STORE_CODE"), Set.copyOf(columns(table.getPrimaryKey().getFields())));
        Field<?> day = tables.field(DailySales.class, "id.salesDate");
        Field<?> store = tables.field(DailySales.class, "id.storeCode");
        assertName("SALES_DATE", day);
        assertName("STORE_CODE", store);
        assertEquals(LocalDate.class, day.getType());
        LocalDate date = LocalDate.of(2021, 6, 1);
        String code = "E" + (next() % 1_000_000);
        TestUnits.runInTransaction(unitName, em -> em.persist(
                new DailySales(new DailySalesId(date, code), BigDecimal.TEN, 3)));
        Integer count = jooq(unitName, dsl -> dsl.select(tables.field(DailySales_.orderCount)).from(table)
                .where(day.coerce(LocalDate.class).eq(date)).and(store.coerce(String.class).eq(code))
                .fetchSingle(tables.field(DailySales_.orderCount)));
        assertEquals(3, count);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 @IdClass composite key")
    void idClass(String unitName) {
        EntityTables tables = unit(unitName).tables();
        Table<Record> table = tables.table(StockLevel.class);
        assertEquals(Set.of("WAREHOUSE_CODE", "PRODUCT_ID"), Set.copyOf(columns(table.getPrimaryKey().getFields())));
        Field<String> warehouse = tables.field(StockLevel_.warehouseCode);
        Field<Long> product = tables.field(StockLevel_.productId);
        long productId = next();
        TestUnits.runInTransaction(unitName, em -> em.persist(new StockLevel("W1", productId, 40)));
        Integer quantity = jooq(unitName, dsl -> dsl.select(tables.field(StockLevel_.quantity)).from(table)
                .where(warehouse.eq("W1")).and(product.eq(productId))
                .fetchSingle(tables.field(StockLevel_.quantity)));
        assertEquals(40, quantity);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 @ManyToOne referencing a composite key")
    void toOneReferencingACompositeKey(String unitName) {
        EntityTables tables = unit(unitName).tables();
        Table<Record> movements = tables.table(StockMovement.class);
        Table<Record> levels = tables.table(StockLevel.class);
        List<? extends ForeignKey<Record, ?>> references = movements.getReferencesTo(levels);
        assertEquals(1, references.size(), () -> "references " + movements.getReferences());
        assertEquals(Set.of("WAREHOUSE_CODE->WAREHOUSE_CODE", "STOCK_PRODUCT_ID->PRODUCT_ID"),
                pairs(references.get(0)));
        long productId = next();
        TestUnits.runInTransaction(unitName, em -> {
            StockLevel level = new StockLevel("W2", productId, 10);
            em.persist(level);
            em.persist(new StockMovement(level, -3, LocalDateTime.of(2024, 1, 2, 3, 4, 5)));
        });
        Record row = jooq(unitName, dsl -> dsl.select(tables.field(StockMovement_.delta),
                        tables.field(StockLevel_.quantity))
                .from(movements).join(levels).onKey().where(tables.field(StockLevel_.productId).eq(productId))
                .fetchSingle());
        assertEquals(-3, row.get(tables.field(StockMovement_.delta)));
        assertEquals(10, row.get(tables.field(StockLevel_.quantity)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 @SecondaryTable")
    void secondaryTable(String unitName) {
        EntityTables tables = unit(unitName).tables();
        Field<String> bio = tables.field(Customer_.bio);
        Field<String> language = tables.field(Customer_.preferredLanguage);
        assertName("CUSTOMER_PROFILE", tableOf(bio));
        assertName("PREFERRED_LANGUAGE", language);
        assertName("CUSTOMER", tables.table(Customer.class));
        Table<Record> profile = tables.table("CUSTOMER_PROFILE");
        assertEquals(1, profile.getReferencesTo(tables.table(Customer.class)).size());
        assertTrue(tables.entityFields(Customer.class).stream().anyMatch(f -> normal(f).equals("BIO")),
                () -> "entityFields(Customer) " + tables.entityFields(Customer.class));
        Customer customer = newCustomer(unitName, c -> {
            c.setBio("Reads a lot");
            c.setPreferredLanguage("de-CH");
        });
        Record row = jooq(unitName, dsl -> dsl.select(bio, language).from(profile)
                .join(tables.table(Customer.class)).onKey().where(tables.field(Customer_.id).eq(customer.getId()))
                .fetchSingle());
        assertEquals("Reads a lot", row.get(bio));
        assertEquals("de-CH", row.get(language));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 inheritance SINGLE_TABLE with @DiscriminatorColumn")
    void singleTable(String unitName) {
        EntityTables tables = unit(unitName).tables();
        Table<Record> payments = tables.table(Payment.class);
        assertName("PAYMENT", payments);
        assertSame(payments, tables.table(CardPayment.class));
        assertSame(payments, tables.table(BankTransfer.class));
        Field<?> type = column(payments, "PAYMENT_TYPE");
        assertTrue(tables.entityFields(CardPayment.class).stream().anyMatch(f -> normal(f).equals("PAYMENT_TYPE")),
                () -> "entityFields(CardPayment) " + tables.entityFields(CardPayment.class));
        assertName("CARD_LAST4", tables.field(CardPayment_.cardLast4));
        assertName("IBAN", tables.field(BankTransfer_.iban));
        PurchaseOrder order = newOrder(unitName, newCustomer(unitName), OrderStatus.PAID);
        TestUnits.runInTransaction(unitName, em -> {
            PurchaseOrder o = em.find(PurchaseOrder.class, order.getId());
            em.persist(new CardPayment(o, new BigDecimal("5.00"), "4242"));
            em.persist(new BankTransfer(o, new BigDecimal("7.00"), "CH93 0076 2011 6238 5295 7"));
        });
        List<String> read = jooq(unitName, dsl -> dsl.select(type, tables.field(CardPayment_.cardLast4),
                        tables.field(BankTransfer_.iban)).from(payments)
                .where(tables.field(Payment.class, "purchaseOrder").coerce(Long.class).eq(order.getId()))
                .orderBy(type).fetch(r -> r.value1() + ":" + r.value2() + ":" + r.value3()));
        assertEquals(List.of("BANK:null:CH93 0076 2011 6238 5295 7", "CARD:4242:null"), read);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 inheritance JOINED")
    void joined(String unitName) {
        EntityTables tables = unit(unitName).tables();
        Table<Record> items = tables.table(LendableItem.class);
        Table<Record> books = tables.table(Book.class);
        Table<Record> discs = tables.table(Disc.class);
        assertName("LENDABLE_ITEM", items);
        assertName("BOOK", books);
        assertName("DISC", discs);
        assertEquals(List.of("ITEM_ID"), columns(discs.getPrimaryKey().getFields()));
        assertEquals(1, books.getReferencesTo(items).size());
        assertEquals(1, discs.getReferencesTo(items).size());
        assertName("LENDABLE_ITEM", tableOf(tables.field(Book.class, "title")));
        assertName("BOOK", tableOf(tables.field(Book.class, "isbn")));
        String isbn = String.valueOf(9_780_000_000_000L + next() % 1_000_000_000L);
        Long book = TestUnits.inTransaction(unitName, em -> {
            Book b = new Book("Joined", isbn, 321);
            em.persist(b);
            em.flush();
            return b.getId();
        });
        Record row = jooq(unitName, dsl -> dsl.select(tables.field(LendableItem_.title), tables.field(Book_.isbn),
                        tables.field(Book_.pages)).from(books).join(items).onKey()
                .where(tables.field(LendableItem_.id).eq(book)).fetchSingle());
        assertEquals(List.of("Joined", isbn, 321), Arrays.asList(row.intoArray()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 inheritance TABLE_PER_CLASS")
    void tablePerClass(String unitName) {
        EntityTables tables = unit(unitName).tables();
        Table<Record> emails = tables.table(EmailNotification.class);
        Table<Record> sms = tables.table(SmsNotification.class);
        assertName("EMAIL_NOTIFICATION", emails);
        assertName("SMS_NOTIFICATION", sms);
        assertName("EMAIL_NOTIFICATION", tableOf(tables.field(EmailNotification.class, "body")));
        assertName("SMS_NOTIFICATION", tableOf(tables.field(SmsNotification.class, "body")));
        assertTrue(tables.all().stream().noneMatch(t -> normal(t).equals("NOTIFICATION")),
                "no table for the abstract root");
        LocalDateTime at = LocalDateTime.of(2024, 5, 6, 7, 8, 9);
        String recipient = "n-" + next() + "@example.org";
        TestUnits.runInTransaction(unitName, em -> {
            em.persist(new EmailNotification(recipient, "Hello by mail", at));
            em.persist(new SmsNotification("+41 " + next(), "Hello by SMS", at));
        });
        Field<?> body = tables.field(EmailNotification.class, "body");
        String read = jooq(unitName, dsl -> dsl.select(body).from(emails)
                .where(tables.field(EmailNotification_.recipient).eq(recipient)).fetchSingle(body)).toString();
        assertEquals("Hello by mail", read);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 enum ORDINAL")
    void enumOrdinal(String unitName) {
        EntityTables tables = unit(unitName).tables();
        Field<OrderStatus> status = tables.field(PurchaseOrder_.status);
        assertEquals(OrderStatus.class, status.getType());
        PurchaseOrder order = newOrder(unitName, newCustomer(unitName), OrderStatus.PAID);
        Table<Record> orders = tables.table(PurchaseOrder.class);
        Field<Long> id = tables.field(PurchaseOrder_.id);
        assertEquals(OrderStatus.PAID, jooq(unitName, dsl -> dsl.select(status).from(orders)
                .where(id.eq(order.getId())).fetchSingle(status)));
        assertEquals(1, raw(unitName, orders, status, id, order.getId(), Integer.class));
        jooq(unitName, dsl -> dsl.update(orders).set(status, OrderStatus.CANCELLED).where(id.eq(order.getId()))
                .execute());
        assertEquals(OrderStatus.CANCELLED, TestUnits.readAfterJdbcWrite(unitName,
                em -> em.find(PurchaseOrder.class, order.getId()).getStatus()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 enum STRING")
    void enumString(String unitName) {
        EntityTables tables = unit(unitName).tables();
        Field<CustomerStatus> status = tables.field(Customer_.status);
        assertEquals(CustomerStatus.class, status.getType());
        Customer customer = newCustomer(unitName, c -> c.setStatus(CustomerStatus.ACTIVE));
        Table<Record> customers = tables.table(Customer.class);
        Field<Long> id = tables.field(Customer_.id);
        assertEquals(CustomerStatus.ACTIVE, jooq(unitName, dsl -> dsl.select(status).from(customers)
                .where(id.eq(customer.getId())).fetchSingle(status)));
        assertEquals("ACTIVE", raw(unitName, customers, status, id, customer.getId(), String.class));
        jooq(unitName, dsl -> dsl.update(customers).set(status, CustomerStatus.BLOCKED)
                .where(id.eq(customer.getId())).execute());
        assertEquals(CustomerStatus.BLOCKED, TestUnits.readAfterJdbcWrite(unitName,
                em -> em.find(Customer.class, customer.getId()).getStatus()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 @Convert with a JPA AttributeConverter")
    void convert(String unitName) {
        EntityTables tables = unit(unitName).tables();
        Field<Boolean> newsletter = tables.field(Customer_.newsletter);
        assertEquals(Boolean.class, newsletter.getType());
        assertName("NEWSLETTER", newsletter);
        Customer customer = newCustomer(unitName, c -> c.setNewsletter(true));
        Table<Record> customers = tables.table(Customer.class);
        Field<Long> id = tables.field(Customer_.id);
        assertEquals(true, jooq(unitName, dsl -> dsl.select(newsletter).from(customers)
                .where(id.eq(customer.getId())).fetchSingle(newsletter)));
        assertEquals("Y", raw(unitName, customers, newsletter, id, customer.getId(), String.class));
        jooq(unitName, dsl -> dsl.update(customers).set(newsletter, false).where(id.eq(customer.getId())).execute());
        assertEquals("N", raw(unitName, customers, newsletter, id, customer.getId(), String.class));
        assertEquals(false, TestUnits.readAfterJdbcWrite(unitName,
                em -> em.find(Customer.class, customer.getId()).isNewsletter()));
        int count = jooq(unitName, dsl -> dsl.fetchCount(customers, id.eq(customer.getId()).and(newsletter.eq(false))));
        assertEquals(1, count, "a condition binds the converted value");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 @Lob (String and byte[])")
    void lob(String unitName) {
        EntityTables tables = unit(unitName).tables();
        Field<String> description = tables.field(Product_.description);
        Field<byte[]> image = tables.field(Product_.image);
        assertEquals(String.class, description.getType());
        assertEquals(byte[].class, image.getType());
        String text = "Lorem ipsum ".repeat(2000);
        byte[] bytes = new byte[50_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        Product product = newProduct(unitName, "Lob", BigDecimal.ONE, p -> {
            p.setDescription(text);
            p.setImage(bytes);
        });
        Record row = jooq(unitName, dsl -> dsl.select(description, image).from(tables.table(Product.class))
                .where(tables.field(Product_.id).eq(product.getId())).fetchSingle());
        assertEquals(text, row.get(description));
        assertArrayEquals(bytes, row.get(image));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 java.time (LocalDate, LocalDateTime)")
    void javaTime(String unitName) {
        EntityTables tables = unit(unitName).tables();
        Field<LocalDate> dueDate = tables.field(Loan_.dueDate);
        Field<LocalDateTime> lentAt = tables.field(Loan_.lentAt);
        assertEquals(LocalDate.class, dueDate.getType());
        assertEquals(LocalDateTime.class, lentAt.getType());
        LocalDateTime lent = LocalDateTime.of(2024, 2, 29, 23, 59, 58, 123_000_000);
        LocalDate due = LocalDate.of(2024, 3, 28);
        Customer borrower = newCustomer(unitName);
        Long loan = TestUnits.inTransaction(unitName, em -> {
            Book book = new Book("Borrowed", null, 10);
            em.persist(book);
            Loan l = new Loan(book, em.find(Customer.class, borrower.getId()), lent, due);
            em.persist(l);
            em.flush();
            return l.getId();
        });
        Record row = jooq(unitName, dsl -> dsl.select(dueDate, lentAt).from(tables.table(Loan.class))
                .where(tables.field(Loan_.id).eq(loan)).fetchSingle());
        assertEquals(due, row.get(dueDate));
        assertEquals(lent, row.get(lentAt));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 legacy java.util.Date with @Temporal")
    void legacyDate(String unitName) {
        EntityTables tables = unit(unitName).tables();
        Field<Date> birthDate = tables.field(Customer_.birthDate);
        Field<Date> shippedAt = tables.field(Shipment_.shippedAt);
        assertEquals(Date.class, birthDate.getType());
        assertEquals(Date.class, shippedAt.getType());
        Date birth = Date.from(LocalDate.of(1990, 5, 17).atStartOfDay(ZoneId.systemDefault()).toInstant());
        Date shipped = Date.from(LocalDateTime.of(2024, 7, 1, 12, 30, 45)
                .atZone(ZoneId.systemDefault()).toInstant());
        Customer customer = newCustomer(unitName, c -> c.setBirthDate(birth));
        PurchaseOrder order = newOrder(unitName, customer, OrderStatus.SHIPPED);
        Long shipment = TestUnits.inTransaction(unitName, em -> {
            Shipment s = new Shipment(em.find(PurchaseOrder.class, order.getId()), "UPS", shipped);
            em.persist(s);
            em.flush();
            return s.getId();
        });
        Date readBirth = jooq(unitName, dsl -> dsl.select(birthDate).from(tables.table(Customer.class))
                .where(tables.field(Customer_.id).eq(customer.getId())).fetchSingle(birthDate));
        Date readShipped = jooq(unitName, dsl -> dsl.select(shippedAt).from(tables.table(Shipment.class))
                .where(tables.field(Shipment_.id).eq(shipment)).fetchSingle(shippedAt));
        assertEquals(birth.getTime(), readBirth.getTime());
        assertEquals(shipped.getTime(), readShipped.getTime());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 UUID")
    void uuid(String unitName) {
        EntityTables tables = unit(unitName).tables();
        Field<UUID> externalId = tables.field(Customer_.externalId);
        assertEquals(UUID.class, externalId.getType());
        UUID value = UUID.randomUUID();
        Customer customer = newCustomer(unitName, c -> c.setExternalId(value));
        assertEquals(value, jooq(unitName, dsl -> dsl.select(externalId).from(tables.table(Customer.class))
                .where(tables.field(Customer_.id).eq(customer.getId())).fetchSingle(externalId)));
        assertEquals(customer.getId(), jooq(unitName, dsl -> dsl.select(tables.field(Customer_.id))
                .from(tables.table(Customer.class)).where(externalId.eq(value))
                .fetchSingle(tables.field(Customer_.id))), "a condition binds the UUID as the column stores it");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 byte[]")
    void byteArray(String unitName) {
        EntityTables tables = unit(unitName).tables();
        Field<byte[]> checksum = tables.field(Product_.checksum);
        assertEquals(byte[].class, checksum.getType());
        byte[] value = {1, 2, 3, (byte) 0xFE, (byte) 0xFF};
        Product product = newProduct(unitName, "Checksummed", BigDecimal.ONE, p -> p.setChecksum(value));
        assertArrayEquals(value, jooq(unitName, dsl -> dsl.select(checksum).from(tables.table(Product.class))
                .where(tables.field(Product_.id).eq(product.getId())).fetchSingle(checksum)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 BigDecimal")
    void bigDecimal(String unitName) {
        EntityTables tables = unit(unitName).tables();
        Field<BigDecimal> price = tables.field(Product_.price);
        assertEquals(BigDecimal.class, price.getType());
        Product product = newProduct(unitName, "Priced", new BigDecimal("9999999999.99"));
        assertEquals(new BigDecimal("9999999999.99"), jooq(unitName, dsl -> dsl.select(price)
                .from(tables.table(Product.class)).where(tables.field(Product_.id).eq(product.getId()))
                .fetchSingle(price)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 boolean")
    void booleanAttribute(String unitName) {
        EntityTables tables = unit(unitName).tables();
        Field<Boolean> discontinued = tables.field(Product_.discontinued);
        assertEquals(Boolean.class, discontinued.getType());
        Product product = newProduct(unitName, "Old", BigDecimal.ONE, p -> p.setDiscontinued(true));
        assertEquals(true, jooq(unitName, dsl -> dsl.select(discontinued).from(tables.table(Product.class))
                .where(tables.field(Product_.id).eq(product.getId())).fetchSingle(discontinued)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 @Column(unique = true)")
    void uniqueColumn(String unitName) {
        EntityTables tables = unit(unitName).tables();
        assertTrue(hasUniqueKey(tables.table(Customer.class), "EMAIL"),
                () -> "unique keys " + tables.table(Customer.class).getUniqueKeys());
        assertTrue(hasUniqueKey(tables.table(Category.class), "CODE"),
                () -> "unique keys " + tables.table(Category.class).getUniqueKeys());
        assertTrue(hasUniqueKey(tables.table(Book.class), "ISBN"),
                () -> "unique keys " + tables.table(Book.class).getUniqueKeys());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 @Table(uniqueConstraints)")
    void uniqueConstraints(String unitName) {
        EntityTables tables = unit(unitName).tables();
        UniqueKey<Record> sku = tables.table(Product.class).getUniqueKeys().stream()
                .filter(k -> normal(k.getUnqualifiedName()).equals("UK_PRODUCT_SKU")).findFirst()
                .orElseThrow(() -> new AssertionError("UK_PRODUCT_SKU in "
                        + tables.table(Product.class).getUniqueKeys()));
        assertEquals(List.of("SKU"), columns(sku.getFields()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 orm.xml overrides")
    void ormXmlOverrides(String unitName) {
        EntityTables tables = unit(unitName).tables();
        Table<Record> reviews = tables.table(Review.class);
        assertName("PRODUCT_REVIEW", reviews);
        assertSame(reviews, tables.table("PRODUCT_REVIEW"));
        assertTrue(tables.all().stream().noneMatch(t -> normal(t).equals("REVIEW")), "the annotation's table name");
        Field<String> comment = tables.field(Review_.comment);
        assertName("REVIEW_TEXT", comment);
        assertTrue(Arrays.stream(reviews.fields()).noneMatch(f -> normal(f).equals("COMMENT_TEXT")),
                "the annotation's column name");
        Product product = newProduct(unitName, "Reviewed", BigDecimal.ONE);
        Long review = TestUnits.inTransaction(unitName, em -> {
            Review r = new Review(em.find(Product.class, product.getId()), 5, "Great");
            em.persist(r);
            em.flush();
            return r.getId();
        });
        assertEquals("Great", jooq(unitName, dsl -> dsl.select(comment).from(reviews)
                .where(tables.field(Review_.id).eq(review)).fetchSingle(comment)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    @DisplayName("§5 Hibernate physical naming strategy (snake_case)")
    void physicalNamingStrategy(String unitName) {
        EntityTables tables = unit(unitName).tables();
        boolean snake = unitName.equals(TestUnits.HB_SNAKE);
        Field<?> shippedAt = tables.field(Shipment.class, "shippedAt");
        assertName(snake ? "SHIPPED_AT" : "SHIPPEDAT", shippedAt);
        assertName(snake ? "PURCHASE_ORDER_ID" : "PURCHASEORDER_ID", tables.field(Shipment.class, "purchaseOrder"));
        assertName("SHIPMENT", tables.table(Shipment.class));
        Date shipped = new Date(1_700_000_000_000L);
        PurchaseOrder order = newOrder(unitName, newCustomer(unitName), OrderStatus.SHIPPED);
        Long shipment = TestUnits.inTransaction(unitName, em -> {
            Shipment s = new Shipment(em.find(PurchaseOrder.class, order.getId()), "Post", shipped);
            em.persist(s);
            em.flush();
            return s.getId();
        });
        Object read = jooq(unitName, dsl -> dsl.select(shippedAt)
                .from(tables.table(Shipment.class)).where(tables.field(Shipment_.id).eq(shipment))
                .fetchSingle(shippedAt));
        assertEquals(shipped.getTime(), ((Date) read).getTime());
    }

    // ------------------------------------------------------------------------------------------------------------
    // Helpers
    // ------------------------------------------------------------------------------------------------------------

    /** A single-value record accessor, for method references. */
    private interface Record1Value {
        static <T> T value(org.jooq.Record1<T> r) {
            return r.value1();
        }
    }

    private static long next() {
        return SEQUENCE.incrementAndGet();
    }

    private static <T> T jooq(String unit, Function<DSLContext, T> work) {
        try (Connection connection = TestUnits.connection(unit)) {
            return work.apply(DSL.using(connection, SQLDialect.H2));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value the database stores in {@code field}'s column (without jooq-cdi's converter). */
    private static <T> T raw(String unit, Table<?> table, Field<?> field, Field<Long> id, Long idValue,
                             Class<T> type) {
        Field<T> column = DSL.field(field.getQualifiedName(), type);
        return jooq(unit, dsl -> dsl.select(column).from(table).where(id.eq(idValue)).fetchSingle(column));
    }

    private static Customer newCustomer(String unit) {
        return newCustomer(unit, c -> { });
    }

    private static Customer newCustomer(String unit, java.util.function.Consumer<Customer> setup) {
        return TestUnits.inTransaction(unit, em -> {
            Customer c = new Customer("c-" + next() + "@example.org", "Customer " + next());
            setup.accept(c);
            em.persist(c);
            em.flush();
            return c;
        });
    }

    private static Category newCategory(String unit, Category parent) {
        return TestUnits.inTransaction(unit, em -> {
            Category c = new Category("CAT" + next(), "Category");
            if (parent != null) {
                c.setParent(em.find(Category.class, parent.getId()));
            }
            em.persist(c);
            em.flush();
            return c;
        });
    }

    private static Product newProduct(String unit, String name, BigDecimal price) {
        return newProduct(unit, name, price, p -> { });
    }

    private static Product newProduct(String unit, String name, BigDecimal price,
                                      java.util.function.Consumer<Product> setup) {
        Category category = newCategory(unit, null);
        return TestUnits.inTransaction(unit, em -> {
            Product p = new Product("SKU" + next(), name, price, em.find(Category.class, category.getId()));
            setup.accept(p);
            em.persist(p);
            em.flush();
            return p;
        });
    }

    private static PurchaseOrder newOrder(String unit, Customer customer, OrderStatus status) {
        return TestUnits.inTransaction(unit, em -> {
            PurchaseOrder o = new PurchaseOrder(em.find(Customer.class, customer.getId()), LocalDate.now());
            o.setStatus(status);
            em.persist(o);
            em.flush();
            return o;
        });
    }

    private static boolean hasUniqueKey(Table<?> table, String... columns) {
        return table.getUniqueKeys().stream().anyMatch(k -> Set.copyOf(columns(k.getFields()))
                .equals(Set.of(columns)));
    }

    private static Set<String> pairs(ForeignKey<?, ?> fk) {
        List<String> from = columns(fk.getFields());
        List<String> to = columns(fk.getKeyFields());
        Set<String> pairs = new TreeSet<>();
        for (int i = 0; i < from.size(); i++) {
            pairs.add(from.get(i) + "->" + to.get(i));
        }
        return pairs;
    }

    /** The column of a table by its name as the database stores it (case-insensitive for unquoted names). */
    private static Field<?> column(Table<?> table, String name) {
        return Arrays.stream(table.fields()).filter(f -> normal(f).equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No column " + name + " in " + table + " "
                        + Arrays.toString(table.fields())));
    }

    private static Table<?> tableOf(Field<?> field) {
        assertTrue(field instanceof TableField, () -> field + " is not a table field");
        return ((TableField<?, ?>) field).getTable();
    }

    private static void assertName(String expected, Named actual) {
        assertNotNull(actual, "expected " + expected);
        assertEquals(expected, normal(actual), () -> "name of " + actual);
    }

    private static List<String> columns(List<? extends Field<?>> fields) {
        return fields.stream().map(MappingMatrixTest::normal).toList();
    }

    /** The name as the database stores it: unquoted names upper-cased, as H2 does. */
    private static String normal(Named named) {
        return normal(named.getUnqualifiedName());
    }

    private static String normal(Name name) {
        String last = name.last();
        return name.quoted() == Name.Quoted.QUOTED ? last : last.toUpperCase(Locale.ROOT);
    }

    /** {@code SCHEMA.TABLE} as the database stores it, {@code PUBLIC} for a table without schema. */
    private static String qualified(Table<?> table) {
        String schema = table.getSchema() == null ? SchemaOracle.DEFAULT_SCHEMA : normal(table.getSchema());
        return schema + "." + normal(table);
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, MappingMatrixTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
