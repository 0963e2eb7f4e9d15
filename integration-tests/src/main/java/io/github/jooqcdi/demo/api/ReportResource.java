package io.github.jooqcdi.demo.api;

import io.github.jooqcdi.demo.Reports;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** Reports through jOOQ, outside any transaction (auto-commit on a borrowed connection). */
@Path("/")
@RequestScoped
public class ReportResource {

    @Inject
    Reports reports;

    @GET
    @Path("reports/top-products")
    public Response topProducts(@QueryParam("per-category") String perCategory, @QueryParam("format") String format) {
        return Text.render(reports.topProducts(Params.number("per-category", perCategory, 2, 1, 100)), format);
    }

    @GET
    @Path("reports/category-revenue")
    public Response categoryRevenue(@QueryParam("format") String format) {
        return Text.render(reports.categoryRevenue(), format);
    }

    @GET
    @Path("reports/revenue-by-country")
    public Response revenueByCountry(@QueryParam("format") String format) {
        return Text.render(reports.revenueByCountry(), format);
    }

    @GET
    @Path("customers/{email}/orders")
    public Response orderHistory(@PathParam("email") String email, @QueryParam("format") String format) {
        return Text.render(reports.orderHistory(email), format);
    }

    @GET
    @Path("audit")
    public Response audit(@QueryParam("limit") String limit, @QueryParam("format") String format) {
        return Text.render(reports.auditLog(Params.number("limit", limit, 10, 1, 1000)), format);
    }
}
