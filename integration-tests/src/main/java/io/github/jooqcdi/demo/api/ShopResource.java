package io.github.jooqcdi.demo.api;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.demo.Catalog;
import io.github.jooqcdi.demo.Orders;
import io.github.jooqcdi.demo.shop.Book;
import io.github.jooqcdi.demo.shop.Gadget;
import io.github.jooqcdi.demo.shop.Product;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Ordinary JPA reads and writes next to jOOQ, in JTA transactions ({@code @Transactional} services). */
@Path("/")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
public class ShopResource {

    @Inject
    Orders orders;

    @Inject
    Catalog catalog;

    @Inject
    EntityTables tables;

    /** {@code POST /api/orders?customer=alice@example.com&item=BK-SQL:2&item=GD-SPK:1[&date=2025-05-01]} */
    @POST
    @Path("orders")
    public String placeOrder(@QueryParam("customer") String customer, @QueryParam("item") List<String> items,
                             @QueryParam("date") String date) {
        if (customer == null || customer.isBlank()) {
            throw new BadRequestException("customer=<email> is missing");
        }
        if (items.isEmpty()) {
            throw new BadRequestException("no item: add item=SKU:QUANTITY (for example item=BK-SQL:2)");
        }
        Map<String, Integer> quantities = new LinkedHashMap<>();
        for (String item : items) {
            String[] skuAndQuantity = item.split(":", -1);
            if (skuAndQuantity.length > 2 || skuAndQuantity[0].isBlank()) {
                throw new BadRequestException("item must be SKU:QUANTITY (for example BK-SQL:2), not " + Params.shown(item));
            }
            int quantity = skuAndQuantity.length == 1 ? 1
                    : Params.number("the quantity of " + skuAndQuantity[0], skuAndQuantity[1], 1, 1, 1000);
            if (quantities.merge(skuAndQuantity[0], quantity, Integer::sum) > 1000) {
                throw new BadRequestException("at most 1000 of " + skuAndQuantity[0] + " in one order");
            }
        }
        try {
            Orders.Placed placed = orders.place(customer, Params.date("date", date, LocalDate.now()), quantities);
            return "order " + placed.orderId() + ": " + placed.lines() + " lines, total " + placed.total()
                    + "; " + customer + " has bought " + placed.customerLifetimeTotal() + " in all\n";
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    /** {@code GET /api/products/BK-JAVA}: the entity, through {@code em.find}. */
    @GET
    @Path("products/{sku}")
    public String product(@PathParam("sku") String sku) {
        Product p;
        try {
            p = catalog.product(sku);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        String details = p instanceof Book b ? "book by " + b.getAuthor() + ", " + b.getPages() + " pages"
                : p instanceof Gadget g ? "gadget by " + g.getBrand() + ", " + g.getWarrantyMonths() + " months warranty"
                : p.getClass().getSimpleName();
        return p.getSku() + " \"" + p.getName() + "\" " + p.getPrice() + " (" + details + ", category "
                + p.getCategory().getName() + ", version " + p.getVersion() + ")\n";
    }

    /** {@code POST /api/categories/Books/reprice?percent=10}: one jOOQ UPDATE; JPA sees the new prices. */
    @POST
    @Path("categories/{name}/reprice")
    public String reprice(@PathParam("name") String category, @QueryParam("percent") String percent) {
        // more than -100 % keeps every price positive; at most +1000 % keeps it far from overflowing its column
        if (percent == null) {
            throw new BadRequestException("percent=<number> is missing (for example percent=10)");
        }
        int change = Params.number("percent", percent, 0, -99, 1000);
        try {
            return catalog.reprice(category, change) + " products repriced\n";
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    /** {@code GET /api/tables}: the DDL of the tables jooq-cdi read from the JPA mapping of the unit {@code shop}. */
    @GET
    @Path("tables")
    public String tables() {
        return tables.meta().ddl().toString() + "\n";
    }
}
