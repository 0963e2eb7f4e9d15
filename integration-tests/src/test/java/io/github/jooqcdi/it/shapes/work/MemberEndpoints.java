package io.github.jooqcdi.it.shapes.work;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/**
 * {@code commit}, {@code rollback} and {@code counts}, as plain text: the endpoints every shape answers, over the
 * shape's own transactional work (a {@code @Transactional} bean in a WAR, a stateless bean in the EAR).
 */
public abstract class MemberEndpoints {

    /** The JTA transactions of the shape. */
    protected abstract long commitWork(String name);

    protected abstract void rollbackWork(String name);

    protected abstract Map<String, Integer> countsWork();

    @POST
    @Path("commit")
    public String commit(@QueryParam("name") String name) {
        return "member " + commitWork(name);
    }

    @POST
    @Path("rollback")
    public Response rollback(@QueryParam("name") String name) {
        try {
            rollbackWork(name);
            return Response.serverError().entity("no exception").build();
        } catch (RuntimeException e) {
            return Response.status(Response.Status.CONFLICT).entity("rolled back: " + MemberWrites.chain(e)).build();
        }
    }

    @GET
    @Path("counts")
    public String counts() {
        return countsWork().toString();
    }
}
