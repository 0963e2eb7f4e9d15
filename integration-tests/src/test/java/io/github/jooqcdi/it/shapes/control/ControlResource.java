package io.github.jooqcdi.it.shapes.control;

import io.github.jooqcdi.it.shapes.leak.DeploymentsAlive;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;

/**
 * The control of the redeploy test: the same entities and unit, JPA and JAX-RS, but no jooq-cdi. What the server
 * itself keeps of an undeployed application shows here too.
 */
@Path("shape")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
public class ControlResource {

    @PersistenceContext(unitName = "lending")
    EntityManager em;

    @GET
    @Path("deployments")
    public String deployments() {
        em.createQuery("select count(m) from Member m").getSingleResult(); // the unit in use, as in the jooq-cdi WAR
        return DeploymentsAlive.report("control");
    }

    /** Under {@code /api}. */
    @ApplicationPath("api")
    public static class ControlApplication extends Application {
    }
}
