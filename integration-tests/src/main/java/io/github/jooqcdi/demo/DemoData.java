package io.github.jooqcdi.demo;

import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.demo.audit.AuditEvent;
import io.github.jooqcdi.demo.shop.Address;
import io.github.jooqcdi.demo.shop.Book;
import io.github.jooqcdi.demo.shop.Category;
import io.github.jooqcdi.demo.shop.Customer;
import io.github.jooqcdi.demo.shop.Gadget;
import io.github.jooqcdi.demo.shop.OrderStatus;
import io.github.jooqcdi.demo.shop.Product;
import io.github.jooqcdi.demo.shop.PurchaseOrder;
import io.github.jooqcdi.demo.shop.Tag;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/** The demo's sample data, written with plain JPA when the application starts (in the singleton's transaction). */
@Startup
@Singleton
public class DemoData {

    @Inject
    @PersistenceUnitName(Units.SHOP)
    EntityManager em;

    @Inject
    @PersistenceUnitName(Units.AUDIT)
    EntityManager auditEm;

    @PostConstruct
    void load() {
        if (em.createQuery("select count(c) from Customer c", Long.class).getSingleResult() > 0) {
            return;
        }
        Category books = persist(new Category("Books", null));
        Category programming = persist(new Category("Programming", books));
        Category fiction = persist(new Category("Fiction", books));
        Category electronics = persist(new Category("Electronics", null));
        Category audio = persist(new Category("Audio", electronics));
        Category computers = persist(new Category("Computers", electronics));

        Tag bestseller = persist(new Tag("bestseller", "sells well"));
        Tag gift = persist(new Tag("gift", "a good present"));
        Tag fresh = persist(new Tag("new", "new this season"));

        Map<String, Product> p = new HashMap<>();
        put(p, new Book("BK-JAVA", "Modern Java", new BigDecimal("45.00"), programming, "Ada Byte", 420), bestseller);
        put(p, new Book("BK-SQL", "SQL Window Functions", new BigDecimal("39.00"), programming, "Ed Codd", 310), fresh);
        put(p, new Book("BK-NOVEL", "The Long Transaction", new BigDecimal("19.50"), fiction, "Jo Commit", 280), gift);
        put(p, new Gadget("GD-HEAD", "Studio Headphones", new BigDecimal("129.00"), audio, "Sonic", 24), bestseller, gift);
        put(p, new Gadget("GD-SPK", "Bluetooth Speaker", new BigDecimal("59.00"), audio, "Sonic", 12), gift);
        put(p, new Gadget("GD-KEYB", "Mechanical Keyboard", new BigDecimal("89.00"), computers, "Clack", 24), fresh);

        Customer alice = persist(new Customer("Alice", "alice@example.com", new Address("Hauptstr. 1", "Berlin", "DE")));
        Customer bob = persist(new Customer("Bob", "bob@example.com", new Address("Marienplatz 2", "Munich", "DE")));
        Customer chloe = persist(new Customer("Chloe", "chloe@example.com", new Address("Rue de Rivoli 3", "Paris", "FR")));
        Customer diego = persist(new Customer("Diego", "diego@example.com", new Address("Gran Via 4", "Madrid", "ES")));

        order(alice, "2025-01-10", OrderStatus.SHIPPED, p.get("BK-JAVA"), 1, p.get("GD-HEAD"), 1);
        order(bob, "2025-01-20", OrderStatus.SHIPPED, p.get("GD-KEYB"), 1, p.get("BK-JAVA"), 1);
        order(alice, "2025-02-14", OrderStatus.SHIPPED, p.get("BK-SQL"), 2);
        order(chloe, "2025-03-05", OrderStatus.PAID, p.get("BK-NOVEL"), 3, p.get("GD-SPK"), 1);
        order(chloe, "2025-03-28", OrderStatus.PAID, p.get("GD-HEAD"), 2);
        order(diego, "2025-04-02", OrderStatus.NEW, p.get("BK-SQL"), 1, p.get("BK-NOVEL"), 1);
        order(bob, "2025-04-15", OrderStatus.CANCELLED, p.get("GD-SPK"), 2);

        auditEm.persist(new AuditEvent(LocalDateTime.now(), "SAMPLE_DATA", "6 categories, 6 products, 4 customers, 7 orders"));
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }

    private void put(Map<String, Product> products, Product product, Tag... tags) {
        for (Tag tag : tags) {
            product.getTags().add(tag);
        }
        products.put(product.getSku(), persist(product));
    }

    private void order(Customer customer, String date, OrderStatus status, Object... productsAndQuantities) {
        PurchaseOrder order = new PurchaseOrder(customer, LocalDate.parse(date));
        order.setStatus(status);
        for (int i = 0; i < productsAndQuantities.length; i += 2) {
            order.addLine((Product) productsAndQuantities[i], (Integer) productsAndQuantities[i + 1]);
        }
        em.persist(order);
    }
}
