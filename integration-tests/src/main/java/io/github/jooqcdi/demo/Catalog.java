package io.github.jooqcdi.demo;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.demo.audit.AuditEvent;
import io.github.jooqcdi.demo.shop.Category;
import io.github.jooqcdi.demo.shop.Category_;
import io.github.jooqcdi.demo.shop.Product;
import io.github.jooqcdi.demo.shop.Product_;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jooq.CommonTableExpression;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Table;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import static io.github.jooqcdi.demo.Sql.typed;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.round;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;

/** Products: read through JPA (and its shared cache), repriced in bulk with one jOOQ {@code UPDATE}. */
@ApplicationScoped
public class Catalog {

    @Inject
    @PersistenceUnitName(Units.SHOP)
    EntityManager em;

    @Inject
    @PersistenceUnitName(Units.AUDIT)
    EntityManager auditEm;

    @Inject
    QueryExecutor sql;

    /**
     * The product with this SKU, through {@code em.find} (served from the shared cache once it has been read). In a
     * transaction: a Jakarta EE 11 container's own {@code EntityManager} bean is {@code @TransactionScoped} by default
     * (WildFly's is), and cannot be used outside one.
     */
    @Transactional
    public Product product(String sku) {
        EntityTables t = sql.tables();
        List<Long> ids = sql.fetchInto(sql.dsl()
                .select(t.field(Product_.id))
                .from(t.table(Product.class))
                .where(t.field(Product_.sku).eq(sku)), Long.class);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no product " + sku);
        }
        return em.find(Product.class, ids.get(0));
    }

    /**
     * Raises (or lowers) the price of every product of a category and of all its subcategories by a percentage:
     * a recursive CTE finds the categories, one {@code UPDATE} changes the prices (and bumps {@code @Version}).
     * The shared cache then no longer holds the old prices. Returns the number of products changed.
     */
    @Transactional
    public int reprice(String categoryName, int percent) {
        EntityTables t = sql.tables();
        Table<?> category = t.table(Category.class);
        Table<?> child = category.as("child");
        Field<Long> id = t.field(Category_.id);
        Field<Long> parent = typed(t.field(Category.class, "parent"), Long.class);
        Field<Long> subId = field(name("sub", "id"), Long.class);
        CommonTableExpression<Record1<Long>> sub = name("sub").fields("id").as(
                select(id).from(category).where(t.field(Category_.name).eq(categoryName))
                        .unionAll(select(child.field(id)).from(child)
                                .join(table(name("sub"))).on(child.field(parent).eq(subId))));
        List<Long> categories = sql.fetchInto(sql.dsl().withRecursive(sub).select(sub.field("id", Long.class)).from(sub),
                Long.class);
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("no category " + categoryName);
        }

        Field<BigDecimal> price = t.field(Product_.price);
        Field<Integer> version = t.field(Product_.version);
        int changed = sql.execute(sql.dsl()
                .update(t.table(Product.class))
                .set(price, round(price.times(BigDecimal.valueOf(100 + percent)).div(BigDecimal.valueOf(100)), 2))
                .set(version, version.plus(1))
                .where(typed(t.field(Product.class, "category"), Long.class).in(categories)));
        auditEm.persist(new AuditEvent(LocalDateTime.now(), "REPRICED",
                categoryName + " " + (percent >= 0 ? "+" : "") + percent + "%: " + changed + " products"));
        return changed;
    }
}
