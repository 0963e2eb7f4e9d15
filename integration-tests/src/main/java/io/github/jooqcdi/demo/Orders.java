package io.github.jooqcdi.demo;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.demo.audit.AuditEvent;
import io.github.jooqcdi.demo.shop.Customer;
import io.github.jooqcdi.demo.shop.OrderLine;
import io.github.jooqcdi.demo.shop.Product;
import io.github.jooqcdi.demo.shop.PurchaseOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import static io.github.jooqcdi.demo.Sql.lineAmount;
import static io.github.jooqcdi.demo.Sql.notCancelled;
import static io.github.jooqcdi.demo.Sql.typed;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;

/** Placing an order: ordinary JPA writes, and a jOOQ aggregate in the same JTA transaction that already sees them. */
@ApplicationScoped
public class Orders {

    /** What {@link #place} did. */
    public record Placed(long orderId, int lines, BigDecimal total, BigDecimal customerLifetimeTotal) {
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
    Catalog catalog;

    @Transactional
    public Placed place(String customerEmail, LocalDate placedOn, Map<String, Integer> quantitiesBySku) {
        if (quantitiesBySku.isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one item");
        }
        Customer customer = em.createQuery("select c from Customer c where c.email = :email", Customer.class)
                .setParameter("email", customerEmail)
                .getResultStream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no customer " + customerEmail));
        PurchaseOrder order = new PurchaseOrder(customer, placedOn);
        quantitiesBySku.forEach((sku, quantity) -> order.addLine(catalog.product(sku), quantity));
        em.persist(order);
        auditEm.persist(new AuditEvent(LocalDateTime.now(), "ORDER_PLACED",
                customerEmail + " ordered " + quantitiesBySku));

        // Not committed, not even flushed yet: jOOQ runs on the transaction's connection after a flush.
        return new Placed(order.getId(), order.getLines().size(), order.total(), lifetimeTotal(customer.getId()));
    }

    /** Everything a customer has bought (cancelled orders left out), summed in SQL. */
    public BigDecimal lifetimeTotal(long customerId) {
        EntityTables t = sql.tables();
        return sql.fetch(sql.dsl()
                        .select(coalesce(sum(lineAmount(t)), inline(BigDecimal.ZERO)))
                        .from(t.table(OrderLine.class))
                        .join(t.table(PurchaseOrder.class)).onKey()
                        .where(typed(t.field(PurchaseOrder.class, "customer"), Long.class).eq(customerId))
                        .and(notCancelled(t)))
                .get(0).value1();
    }

}
