package io.github.jooqcdi.it.shapes.app;

import io.github.jooqcdi.it.shapes.leak.DeploymentsAlive;
import io.github.jooqcdi.it.shapes.work.MemberEndpoints;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/** {@code /api/shape/…}: commit, rollback, counts, and the counting producer's figures, as plain text. */
@Path("shape")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
public class ShapeResource extends MemberEndpoints {

    @Inject
    ShapeWork work;

    @Override
    protected long commitWork(String name) {
        return work.commit(name);
    }

    @Override
    protected void rollbackWork(String name) {
        work.rollback(name);
    }

    @Override
    protected Map<String, Integer> countsWork() {
        return work.counts();
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
