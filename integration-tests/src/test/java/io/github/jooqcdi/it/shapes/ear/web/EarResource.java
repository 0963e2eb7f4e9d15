package io.github.jooqcdi.it.shapes.ear.web;

import io.github.jooqcdi.it.shapes.ear.ejb.LendingService;
import io.github.jooqcdi.it.shapes.work.MemberEndpoints;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/** The EAR's web module: the same endpoints as a shape WAR, calling the EJB module. */
@Path("shape")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
public class EarResource extends MemberEndpoints {

    @EJB
    LendingService service;

    @Override
    protected long commitWork(String name) {
        return service.commit(name);
    }

    @Override
    protected void rollbackWork(String name) {
        service.rollback(name);
    }

    @Override
    protected Map<String, Integer> countsWork() {
        return service.counts();
    }

    /** The web module's REST endpoints, under {@code /api}. */
    @ApplicationPath("api")
    public static class EarApplication extends Application {
    }
}
