package io.github.jooqcdi.demo;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.demo.audit.AuditEvent;
import io.github.jooqcdi.demo.audit.AuditEvent_;
import io.github.jooqcdi.demo.shop.Category;
import io.github.jooqcdi.demo.shop.Category_;
import io.github.jooqcdi.demo.shop.Customer;
import io.github.jooqcdi.demo.shop.Customer_;
import io.github.jooqcdi.demo.shop.OrderLine;
import io.github.jooqcdi.demo.shop.Product;
import io.github.jooqcdi.demo.shop.Product_;
import io.github.jooqcdi.demo.shop.PurchaseOrder;
import io.github.jooqcdi.demo.shop.PurchaseOrder_;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.jooq.CommonTableExpression;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.Record4;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

import java.math.BigDecimal;
import java.util.List;

import static io.github.jooqcdi.demo.Sql.column;
import static io.github.jooqcdi.demo.Sql.lineAmount;
import static io.github.jooqcdi.demo.Sql.notCancelled;
import static io.github.jooqcdi.demo.Sql.typed;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.grouping;
import static org.jooq.impl.DSL.groupingSets;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.orderBy;
import static org.jooq.impl.DSL.partitionBy;
import static org.jooq.impl.DSL.rank;
import static org.jooq.impl.DSL.round;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.when;

/**
 * Reporting questions JPQL cannot answer (window functions, recursive CTEs, grouping sets), asked with jOOQ on the
 * tables the JPA entities map: no generated code, no SQL schema written by hand.
 */
@RequestScoped
public class Reports {

    /** The label of a grouping-set subtotal. */
    public static final String ALL = "(all)";

    @Inject
    QueryExecutor sql;

    @Inject
    @PersistenceUnitName(Units.AUDIT)
    QueryExecutor audit;

    /**
     * The best-selling products of each category: {@code rank()} and the share of the category's revenue, window
     * functions over a {@code GROUP BY}.
     */
    public Result<? extends Record> topProducts(int perCategory) {
        EntityTables t = sql.tables();
        Field<String> category = t.field(Category_.name);
        Field<BigDecimal> revenue = sum(lineAmount(t));
        Table<?> ranked = sql.dsl()
                .select(category.as("category"),
                        t.field(Product_.sku).as("sku"),
                        t.field(Product_.name).as("product"),
                        revenue.as("revenue"),
                        rank().over(partitionBy(category).orderBy(revenue.desc())).as("rank"),
                        round(revenue.times(100).div(sum(revenue).over(partitionBy(category))), 1)
                                .cast(SQLDataType.DECIMAL(4, 1)).as("share_pct"))
                .from(t.table(OrderLine.class))
                .join(t.table(PurchaseOrder.class)).onKey()
                .join(t.table(Product.class)).onKey()
                .join(t.table(Category.class)).onKey()
                .where(notCancelled(t))
                .groupBy(category, t.field(Product_.sku), t.field(Product_.name))
                .asTable("ranked");
        return sql.fetch(sql.dsl()
                .select(ranked.fields())
                .from(ranked)
                .where(ranked.field("rank", Integer.class).le(perCategory))
                .orderBy(ranked.field("category"), ranked.field("rank"), ranked.field("sku")));
    }

    /**
     * Revenue of every category including all its subcategories, with its path in the tree: two recursive CTEs (the
     * tree's paths, and each category's descendants) over the self-referencing {@code category} table.
     */
    public Result<? extends Record> categoryRevenue() {
        EntityTables t = sql.tables();
        Table<?> category = t.table(Category.class);
        Field<Long> id = t.field(Category_.id);
        Field<String> name = t.field(Category_.name);
        Field<Long> parent = typed(t.field(Category.class, "parent"), Long.class);
        Table<?> child = category.as("child");

        // tree(id, path, depth): the roots, then each child below its parent
        Field<Long> treeId = field(name("tree", "id"), Long.class);
        Field<String> treePath = field(name("tree", "path"), String.class);
        Field<Integer> treeDepth = field(name("tree", "depth"), Integer.class);
        CommonTableExpression<Record3<Long, String, Integer>> tree = name("tree").fields("id", "path", "depth").as(
                select(id, name.cast(SQLDataType.VARCHAR(1000)), inline(0))
                        .from(category)
                        .where(parent.isNull())
                        .unionAll(select(child.field(id),
                                treePath.concat(inline(" > "), child.field(name)).cast(SQLDataType.VARCHAR(1000)),
                                treeDepth.plus(1))
                                .from(child)
                                .join(table(name("tree"))).on(child.field(parent).eq(treeId))));

        // sub(ancestor, descendant): every category with itself and everything below it
        Field<Long> subAncestor = field(name("sub", "ancestor"), Long.class);
        Field<Long> subDescendant = field(name("sub", "descendant"), Long.class);
        CommonTableExpression<Record2<Long, Long>> sub = name("sub").fields("ancestor", "descendant").as(
                select(id, id)
                        .from(category)
                        .unionAll(select(subAncestor, child.field(id))
                                .from(child)
                                .join(table(name("sub"))).on(child.field(parent).eq(subDescendant))));

        // rev(category_id, revenue, units): what each category's own products sold
        Field<Long> productCategory = typed(t.field(Product.class, "category"), Long.class);
        CommonTableExpression<Record3<Long, BigDecimal, BigDecimal>> rev = name("rev")
                .fields("category_id", "revenue", "units").as(
                        select(productCategory, sum(lineAmount(t)), sum(t.field(io.github.jooqcdi.demo.shop.OrderLine_.quantity)))
                                .from(t.table(OrderLine.class))
                                .join(t.table(PurchaseOrder.class)).onKey()
                                .join(t.table(Product.class)).onKey()
                                .where(notCancelled(t))
                                .groupBy(productCategory));

        Field<String> path = tree.field("path", String.class);
        Field<Integer> depth = tree.field("depth", Integer.class);
        return sql.fetch(sql.dsl()
                .withRecursive(tree, sub, rev)
                .select(path.as("category"),
                        depth.as("depth"),
                        coalesce(sum(rev.field("units", BigDecimal.class)), inline(BigDecimal.ZERO)).as("units"),
                        coalesce(sum(rev.field("revenue", BigDecimal.class)), inline(BigDecimal.ZERO)).as("revenue"))
                .from(tree)
                .join(sub).on(sub.field("ancestor", Long.class).eq(tree.field("id", Long.class)))
                .leftJoin(rev).on(rev.field("category_id", Long.class).eq(sub.field("descendant", Long.class)))
                .groupBy(path, depth)
                .orderBy(path));
    }

    /**
     * Revenue by country and product kind, with a subtotal per country and a grand total: {@code GROUPING SETS}
     * ((country, kind), (country), ()). On a database without grouping sets (H2) the same report is the
     * {@code UNION ALL} of its three groupings.
     */
    public Result<? extends Record> revenueByCountry() {
        EntityTables t = sql.tables();
        Field<String> country = typed(t.field(Customer.class, "address.country"), String.class);
        Field<String> kind = column(t.table(Product.class), "kind", String.class);
        Field<BigDecimal> revenue = sum(lineAmount(t));
        Field<Integer> orders = countDistinct(t.field(PurchaseOrder_.id));

        Table<?> report;
        if (t.dialect().family() == SQLDialect.POSTGRES) {
            report = sql.dsl()
                    .select(when(grouping(country).eq(1), inline(ALL)).else_(country).as("country"),
                            when(grouping(kind).eq(1), inline(ALL)).else_(kind).as("kind"),
                            revenue.as("revenue"),
                            orders.as("orders"))
                    .from(revenueJoin(t))
                    .where(notCancelled(t))
                    .groupBy(groupingSets(List.of(country, kind), List.of(country), List.of()))
                    .asTable("report");
        } else {
            Select<Record4<String, String, BigDecimal, Integer>> byCountryAndKind =
                    select(country, kind, revenue, orders).from(revenueJoin(t)).where(notCancelled(t))
                            .groupBy(country, kind);
            Select<Record4<String, String, BigDecimal, Integer>> byCountry =
                    select(country, inline(ALL), revenue, orders).from(revenueJoin(t)).where(notCancelled(t))
                            .groupBy(country);
            Select<Record4<String, String, BigDecimal, Integer>> total =
                    select(inline(ALL), inline(ALL), revenue, orders).from(revenueJoin(t)).where(notCancelled(t));
            report = byCountryAndKind.unionAll(byCountry).unionAll(total)
                    .asTable("report", "country", "kind", "revenue", "orders");
        }
        Field<String> reportCountry = report.field("country", String.class);
        Field<String> reportKind = report.field("kind", String.class);
        return sql.fetch(sql.dsl()
                .select(report.fields())
                .from(report)
                .orderBy(when(reportCountry.eq(ALL), inline(1)).else_(inline(0)), reportCountry,
                        when(reportKind.eq(ALL), inline(1)).else_(inline(0)), reportKind));
    }

    /** order_line, its order, the order's customer and the line's product, joined on their foreign keys. */
    private static Table<?> revenueJoin(EntityTables t) {
        return t.table(OrderLine.class)
                .join(t.table(PurchaseOrder.class)).onKey()
                .join(t.table(Customer.class)).onKey()
                .join(t.table(Product.class)).onKey();
    }

    /** A customer's orders with a running total: {@code sum(...) over (order by placed_on)}. */
    public Result<? extends Record> orderHistory(String email) {
        EntityTables t = sql.tables();
        Field<Long> orderId = t.field(PurchaseOrder_.id);
        Field<java.time.LocalDate> placedOn = t.field(PurchaseOrder_.placedOn);
        Field<BigDecimal> total = sum(lineAmount(t));
        return sql.fetch(sql.dsl()
                .select(orderId.as("order_id"),
                        placedOn.as("placed_on"),
                        count().as("lines"),
                        total.as("total"),
                        sum(total).over(orderBy(placedOn, orderId)).as("running_total"))
                .from(t.table(OrderLine.class))
                .join(t.table(PurchaseOrder.class)).onKey()
                .join(t.table(Customer.class)).onKey()
                .where(t.field(Customer_.email).eq(email))
                .and(notCancelled(t))
                .groupBy(orderId, placedOn)
                .orderBy(placedOn, orderId));
    }

    /** The latest events of the second persistence unit ({@code audit}), newest first. */
    public Result<? extends Record> auditLog(int limit) {
        EntityTables t = audit.tables();
        return audit.fetch(audit.dsl()
                .select(t.field(AuditEvent_.id).as("id"),
                        t.field(AuditEvent_.action).as("action"),
                        t.field(AuditEvent_.detail).as("detail"))
                .from(t.table(AuditEvent.class))
                .orderBy(t.field(AuditEvent_.id).desc())
                .limit(limit));
    }
}
