package io.github.jooqcdi.demo.api;

import io.github.jooqcdi.demo.Reports;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Reports through jOOQ, outside any transaction (auto-commit on a borrowed connection). */
@Path("/")
@RequestScoped
@Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
public class ReportResource {

    @Inject
    Reports reports;

    @GET
    @Path("reports/top-products")
    public String topProducts(@QueryParam("per-category") @DefaultValue("2") int perCategory,
                              @QueryParam("format") String format) {
        return Text.render(reports.topProducts(perCategory), format);
    }

    @GET
    @Path("reports/category-revenue")
    public String categoryRevenue(@QueryParam("format") String format) {
        return Text.render(reports.categoryRevenue(), format);
    }

    @GET
    @Path("reports/revenue-by-country")
    public String revenueByCountry(@QueryParam("format") String format) {
        return Text.render(reports.revenueByCountry(), format);
    }

    @GET
    @Path("customers/{email}/orders")
    public String orderHistory(@PathParam("email") String email, @QueryParam("format") String format) {
        return Text.render(reports.orderHistory(email), format);
    }

    @GET
    @Path("audit")
    public String audit(@QueryParam("limit") @DefaultValue("10") int limit, @QueryParam("format") String format) {
        return Text.render(reports.auditLog(limit), format);
    }
}
