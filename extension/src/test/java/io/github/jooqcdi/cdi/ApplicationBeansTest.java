package io.github.jooqcdi.cdi;

import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.support.JtaBeans;
import io.github.jooqcdi.support.TestEmfs;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application's producers are reached through their {@code Bean}s (the WAR-shapes issue): what jooq-cdi creates of
 * them is destroyed when it is done, and every unit's problem is reported at once.
 */
class ApplicationBeansTest {

    static final AtomicInteger PRODUCED = new AtomicInteger();
    static final AtomicInteger DISPOSED = new AtomicInteger();

    /** A JTA unit's entity manager from a {@code @Dependent} producer method with a disposer. */
    @Dependent
    static class DependentProducer {
        @Produces
        @PersistenceUnitName("hb-jta")
        EntityManager em() {
            PRODUCED.incrementAndGet();
            return TestEmfs.jta("hb-jta", "jdbc:h2:mem:hbjta;DB_CLOSE_DELAY=-1").createEntityManager();
        }

        void dispose(@Disposes @PersistenceUnitName("hb-jta") EntityManager em) {
            DISPOSED.incrementAndGet();
            em.close();
        }
    }

    @Test
    void aDependentProducersEntityManagerIsDisposedOfOncePerRequest() {
        PRODUCED.set(0);
        DISPOSED.set(0);
        try (WeldContainer container = new Weld().disableDiscovery().addExtension(new JooqCdiExtension())
                .addBeanClasses(DependentProducer.class, JtaBeans.class).initialize()) {
            assertEquals(1, PRODUCED.get(), "the startup build takes the unit's factory from one entity manager");
            assertEquals(1, DISPOSED.get(), "and disposes of it");
            RequestContextController request = container.select(RequestContextController.class).get();
            for (int i = 1; i <= 3; i++) {
                request.activate();
                QueryExecutor executor = container.select(QueryExecutor.class, PersistenceUnitName.Literal.of("hb-jta"))
                        .get();
                executor.fetch(DSL.selectOne());
                executor.fetch(DSL.selectOne());
                assertEquals(1 + i, PRODUCED.get(), "one entity manager per request, however many queries");
                assertEquals(i, DISPOSED.get(), "disposed of when the request ends, not before");
                request.deactivate();
                assertEquals(1 + i, DISPOSED.get(), "the request's entity manager is disposed of with the request");
            }
        }
    }

    /** Two units whose producers fail: both are named in one startup failure. */
    @Dependent
    static class FailingProducers {
        @Produces
        @PersistenceUnitName("el-jta")
        EntityManager el() {
            throw new IllegalStateException("no database for el-jta here");
        }

        @Produces
        @PersistenceUnitName("hb-jta")
        EntityManager hb() {
            throw new IllegalStateException("no database for hb-jta here");
        }
    }

    @Test
    void everyUnitThatCannotBeBuiltIsReportedInOneFailure() {
        String message = DeploymentProblemsTest.startupFailure(FailingProducers.class);
        assertTrue(message.contains("jooq-cdi cannot use 2 persistence units"), message);
        assertTrue(message.contains("persistence unit 'el-jta'") && message.contains("no database for el-jta here"),
                message);
        assertTrue(message.contains("persistence unit 'hb-jta'") && message.contains("no database for hb-jta here"),
                message);
    }
}
