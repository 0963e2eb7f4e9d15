package io.github.jooqcdi.unitbeans;

import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.cdi.DeploymentProblemsTest;
import io.github.jooqcdi.cdi.JooqCdiExtension;
import io.github.jooqcdi.semantics.Account;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Jakarta EE 11 (Persistence 3.2): a container adds an {@code EntityManager} bean for each persistence unit, with the
 * unit's persistence.xml {@code <qualifier>}s; jooq-cdi finds it and needs no producer line. {@link Container} plays
 * that part of the container here, as Payara 7 does it (an {@code AfterBeanDiscovery} bean with the qualifiers and
 * scope persistence.xml declares); ContainerIT proves it in Payara Micro 7 itself.
 */
class UnitBeansTest {

    /** The container's part: the unit's entity manager as a bean with the unit's qualifier, one per request. */
    public static class Container implements Extension {
        private EntityManagerFactory emf;

        void unitBean(@Observes AfterBeanDiscovery event) {
            event.addBean()
                    .types(EntityManager.class, Object.class)
                    .qualifiers(new ReportingLiteral(), Any.Literal.INSTANCE)
                    .scope(RequestScoped.class)
                    .createWith(context -> factory().createEntityManager())
                    .destroyWith((em, context) -> ((EntityManager) em).close());
        }

        private synchronized EntityManagerFactory factory() {
            if (emf == null) {
                emf = Persistence.createEntityManagerFactory("el-unitbean");
            }
            return emf;
        }

        void close() {
            if (emf != null) {
                emf.close();
            }
        }
    }

    static final class ReportingLiteral extends AnnotationLiteral<Reporting> implements Reporting {
    }

    @Dependent
    static class Reports {
        @Inject
        @Reporting
        EntityManager em;

        @Inject
        @PersistenceUnitName("el-unitbean")
        EntityManager sameUnit;

        @Inject
        @PersistenceUnitName("el-unitbean")
        QueryExecutor queries;
    }

    @Dependent
    static class ArchiveReports {
        @Inject
        @PersistenceUnitName("el-unitbean-missing")
        QueryExecutor queries;
    }

    private ClassLoader previous;

    @BeforeEach
    void unitBeansPersistenceXml() {
        URL root = UnitBeansTest.class.getClassLoader().getResource("unitbeans/");
        assertNotNull(root, "src/test/ee11/resources/unitbeans is on the test class path");
        previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(new URLClassLoader(new URL[] {root}, previous));
    }

    @AfterEach
    void restore() {
        Thread.currentThread().setContextClassLoader(previous);
    }

    @Test
    void theExecutorRunsOnTheContainersEntityManagerBeanOfTheUnit() {
        Container container = new Container();
        try (WeldContainer weld = new Weld().disableDiscovery().addExtension(new JooqCdiExtension())
                .addExtension(container).addBeanClasses(Reports.class).initialize()) {
            RequestContextController request = weld.select(RequestContextController.class).get();
            request.activate();
            try {
                Reports reports = weld.select(Reports.class).get();
                EntityManager em = reports.em;
                em.getTransaction().begin();
                em.persist(new Account(41L, "ada", new BigDecimal("10.00")));
                // the executor flushes the container bean's entity manager before reading ACCOUNT, and reads on its
                // transaction's connection: the pending row is there
                assertEquals(1, reports.queries.dsl().fetchCount(DSL.table(DSL.name("ACCOUNT"))));
                // the same persistence context under the qualifier the EE 10 producer line gives it
                assertTrue(reports.sameUnit.contains(em.find(Account.class, 41L)));
                em.getTransaction().rollback();
                assertEquals(0, reports.queries.dsl().fetchCount(DSL.table(DSL.name("ACCOUNT"))));
                assertEquals("el-unitbean", em.getEntityManagerFactory().getName());
            } finally {
                request.deactivate();
            }
        } finally {
            container.close();
        }
    }

    @Test
    void aUnitWhoseQualifiedBeanIsMissingFailsTheDeploymentNamingTheQualifierAndTheProducer() {
        Container container = new Container();
        try {
            String message = DeploymentProblemsTest.startupFailure(new Extension[] {container}, ArchiveReports.class);
            assertTrue(message.contains("Persistence unit 'el-unitbean-missing' is used by jooq-cdi (at "
                    + ArchiveReports.class.getName() + ".queries) but no EntityManager bean for it was found"), message);
            assertTrue(message.contains("<qualifier>"), message);
            assertTrue(message.contains("@Produces @PersistenceUnitName(\"el-unitbean-missing\") "
                    + "@PersistenceContext(unitName = \"el-unitbean-missing\")"), message);
        } finally {
            container.close();
        }
    }
}
