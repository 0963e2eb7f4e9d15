package io.github.jooqcdi.it.shapes.ear.web;

import io.github.jooqcdi.it.shapes.ear.ejb.LendingService;
import io.github.jooqcdi.it.shapes.work.MemberWrites;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The EAR's web module: the same endpoints as a shape WAR, calling the EJB module. */
@Path("shape")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
public class EarResource {

    @EJB
    LendingService service;

    @POST
    @Path("commit")
    public String commit(@QueryParam("name") String name) {
        return "member " + service.commit(name);
    }

    @POST
    @Path("rollback")
    public Response rollback(@QueryParam("name") String name) {
        try {
            service.rollback(name);
            return Response.serverError().entity("no exception").build();
        } catch (RuntimeException e) {
            return Response.status(Response.Status.CONFLICT).entity("rolled back: " + MemberWrites.chain(e)).build();
        }
    }

    @GET
    @Path("counts")
    public String counts() {
        return service.counts().toString();
    }

    /** The web module's REST endpoints, under {@code /api}. */
    @ApplicationPath("api")
    public static class EarApplication extends Application {
    }
}
