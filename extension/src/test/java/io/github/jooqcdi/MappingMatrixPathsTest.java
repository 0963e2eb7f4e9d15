package io.github.jooqcdi;

import io.github.jooqcdi.MappingMatrixTest.Unit;
import io.github.jooqcdi.metadata.EntityModel;
import io.github.jooqcdi.testmodel.Address;
import io.github.jooqcdi.testmodel.BankTransfer;
import io.github.jooqcdi.testmodel.Book;
import io.github.jooqcdi.testmodel.CardPayment;
import io.github.jooqcdi.testmodel.Category;
import io.github.jooqcdi.testmodel.Customer;
import io.github.jooqcdi.testmodel.Loan;
import io.github.jooqcdi.testmodel.LoyaltyCard;
import io.github.jooqcdi.testmodel.OrderLine;
import io.github.jooqcdi.testmodel.Product;
import io.github.jooqcdi.testmodel.PurchaseOrder;
import io.github.jooqcdi.testmodel.Review;
import io.github.jooqcdi.testmodel.Shipment;
import io.github.jooqcdi.testmodel.StockLevel;
import io.github.jooqcdi.testmodel.StockMovement;
import io.github.jooqcdi.testmodel.Tag;
import io.github.jooqcdi.testmodel.TestUnits;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16, item 1, on the mapping matrix's model (units {@code el}, {@code hb}, {@code hb-snake}): every association
 * the provider's JPA metamodel lists (to-one, one-to-many, many-to-many, element collections, inherited ones) is a
 * path, and the path join counts the rows the JPQL join over it counts (some, at least: one row of each is written
 * first).
 * {@code paths.PathJoinTest} compares the rows themselves on a model written for it.
 */
class MappingMatrixPathsTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.jooqcdi.MappingMatrixTest#units")
    void everyAssociationIsAPathThatJoinsAsJpqlDoes(String unitName) throws Exception {
        Unit unit = MappingMatrixTest.unit(unitName);
        TestUnits.runInTransaction(unitName, MappingMatrixPathsTest::persistOneOfEach);
        List<String> problems = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        EntityManager em = unit.emf().createEntityManager();
        try (Connection connection = TestUnits.connection(unitName)) {
            DSLContext dsl = DSL.using(connection, unit.tables().dialect());
            for (EntityType<?> type : unit.emf().getMetamodel().getEntities()) {
                Class<?> entity = type.getJavaType();
                EntityModel model = unit.model().entities().stream().filter(e -> e.javaType() == entity).findFirst()
                        .orElse(null);
                if (model == null || model.primaryTable() == null) {
                    continue; // an abstract TABLE_PER_CLASS root: no table to start from
                }
                for (Attribute<?, ?> attribute : type.getAttributes()) {
                    if (!attribute.isAssociation() && !attribute.isCollection()) {
                        continue;
                    }
                    String label = type.getName() + "." + attribute.getName();
                    try {
                        PathTable path = unit.tables().path(entity, attribute.getName());
                        long jooq = dsl.selectCount().from(unit.tables().table(entity)).join(path)
                                .fetchOne(0, long.class);
                        // table(SingleTableSubclass.class) is the hierarchy's table, all of its rows: so is a path
                        // from it (jooq-cdi adds no discriminator condition)
                        String from = singleTableRoot(unit, type).getName();
                        long jpql = em.createQuery("select count(x) from " + from + " x join x."
                                + attribute.getName() + " y", Long.class).getSingleResult();
                        if (jooq != jpql || jpql == 0) {
                            problems.add(label + ": the path join counts " + jooq + " rows, JPQL " + jpql);
                        }
                        checked.add(label + " (" + jpql + " rows)");
                    } catch (RuntimeException e) {
                        problems.add(label + ": " + e);
                    }
                }
            }
        } finally {
            em.close();
        }
        assertEquals(List.of(), problems, () -> unitName + ": checked " + checked);
        // Customer: phones, deliveryAddresses, favorites; Product: category, tags; Category: parent, children; ...
        assertTrue(checked.size() >= 14, () -> unitName + ": only " + checked);
    }

    /** The topmost entity type whose rows are in the same table as {@code type}'s. */
    private static EntityType<?> singleTableRoot(Unit unit, EntityType<?> type) {
        EntityType<?> root = type;
        while (root.getSupertype() instanceof EntityType<?> parent
                && primaryTable(unit, parent).equals(primaryTable(unit, root))) {
            root = parent;
        }
        return root;
    }

    private static String primaryTable(Unit unit, EntityType<?> type) {
        return unit.model().entities().stream().filter(e -> e.javaType() == type.getJavaType())
                .map(e -> String.valueOf(e.primaryTable())).findFirst().orElse("");
    }

    /** Rows for every association, with values of their own (other test classes share the unit's database). */
    private static void persistOneOfEach(EntityManager em) {
        long n = SEQUENCE.incrementAndGet();
        Category parent = new Category("paths-p-" + n, "Parent " + n);
        Category child = new Category("paths-c-" + n, "Child " + n);
        child.setParent(parent);
        parent.getChildren().add(child);
        Product product = new Product("P-" + n, "Product " + n, new BigDecimal("9.90"), child);
        Tag tag = new Tag(n, "tag-" + n);
        product.getTags().add(tag);
        Customer customer = new Customer("paths-" + n + "@example.org", "Customer " + n);
        customer.getPhones().add("+41 " + n);
        customer.getDeliveryAddresses().add(new Address("Street " + n, "Bern", "3000", "CH"));
        customer.getFavorites().add(product);
        List.of(parent, child, tag, product, customer).forEach(em::persist);
        PurchaseOrder order = new PurchaseOrder(customer, LocalDate.of(2024, 5, 6));
        order.getLines().add(new OrderLine(product, 2, new BigDecimal("9.90")));
        em.persist(order);
        em.persist(new Review(product, 5, "fine"));
        em.persist(new LoyaltyCard("L" + n, customer));
        em.persist(new Shipment(order, "Post", new Date()));
        em.persist(new CardPayment(order, new BigDecimal("5.00"), "4242"));
        em.persist(new BankTransfer(order, new BigDecimal("7.00"), "CH93 0076 2011 6238 5295 7"));
        Book book = new Book("Book " + n, null, 100);
        em.persist(book);
        em.persist(new Loan(book, customer, LocalDateTime.of(2024, 1, 2, 3, 4), null));
        StockLevel level = new StockLevel("W" + (n % 1000), product.getId(), 4);
        em.persist(level);
        em.persist(new StockMovement(level, -1, LocalDateTime.of(2024, 1, 2, 3, 4, 5)));
    }

    private static final java.util.concurrent.atomic.AtomicLong SEQUENCE =
            new java.util.concurrent.atomic.AtomicLong(System.nanoTime() % 1_000_000 + 5_000_000);
}
