package io.github.jooqcdi.it.shapes.app;

import io.github.jooqcdi.it.shapes.leak.DeploymentsAlive;
import io.github.jooqcdi.it.shapes.work.MemberWrites;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code /api/shape/…}: commit, rollback, counts, and the counting producer's figures, as plain text. */
@Path("shape")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
public class ShapeResource {

    @Inject
    ShapeWork work;

    @POST
    @Path("commit")
    public String commit(@QueryParam("name") String name) {
        return "member " + work.commit(name);
    }

    @POST
    @Path("rollback")
    public Response rollback(@QueryParam("name") String name) {
        try {
            work.rollback(name);
            return Response.serverError().entity("no exception").build();
        } catch (RuntimeException e) {
            return Response.status(Response.Status.CONFLICT).entity("rolled back: " + MemberWrites.chain(e)).build();
        }
    }

    @GET
    @Path("counts")
    public String counts() {
        return work.counts().toString();
    }

    /** After full GCs: how many earlier deployments of this WAR are still alive, loaded classes, heap used. */
    @GET
    @Path("deployments")
    public String deployments() {
        return DeploymentsAlive.report("jooq-cdi");
    }

    @GET
    @Path("producer")
    public String producer() {
        return "produced=" + ProducerCounts.PRODUCED.get() + " disposed=" + ProducerCounts.DISPOSED.get();
    }
}
