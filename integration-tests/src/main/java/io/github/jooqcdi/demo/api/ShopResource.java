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
        Map<String, Integer> quantities = new LinkedHashMap<>();
        for (String item : items) {
            String[] skuAndQuantity = item.split(":");
            try {
                quantities.merge(skuAndQuantity[0], skuAndQuantity.length > 1 ? Integer.parseInt(skuAndQuantity[1]) : 1,
                        Integer::sum);
            } catch (NumberFormatException e) {
                throw new BadRequestException("item=SKU:QUANTITY, not " + item);
            }
        }
        try {
            Orders.Placed placed = orders.place(customer, date == null ? LocalDate.now() : LocalDate.parse(date), quantities);
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
    public String reprice(@PathParam("name") String category, @QueryParam("percent") int percent) {
        try {
            return catalog.reprice(category, percent) + " products repriced\n";
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
