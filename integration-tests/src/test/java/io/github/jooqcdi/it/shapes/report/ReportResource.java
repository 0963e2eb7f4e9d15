package io.github.jooqcdi.it.shapes.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * {@code GET /api/report/jooq} and {@code GET /api/report/jdbc}: the same JSON from {@link CityReport}, in a JTA
 * transaction ({@code ?tx=false}: without one); {@code POST /api/report/seed} writes its rows once.
 */
@Path("report")
@RequestScoped
public class ReportResource {

    @Inject
    CityReport report;

    @GET
    @Path("jooq")
    @Produces(MediaType.APPLICATION_JSON)
    public List<CityRow> jooq(@QueryParam("tx") @DefaultValue("true") boolean tx) {
        return tx ? report.executorInTransaction() : report.executor();
    }

    @GET
    @Path("jdbc")
    @Produces(MediaType.APPLICATION_JSON)
    public List<CityRow> jdbc(@QueryParam("tx") @DefaultValue("true") boolean tx) {
        return tx ? report.jdbcInTransaction() : report.jdbc();
    }

    @POST
    @Path("seed")
    @Produces(MediaType.TEXT_PLAIN)
    public String seed() {
        return "members=" + report.seed();
    }
}
