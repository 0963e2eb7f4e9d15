package io.github.jooqcdi.cdi;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.support.TestEmfs;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DESIGN §8: what is wrong with a deployment is reported when the container starts, all at once, with the names that
 * would have been right. The test classpath declares many units (see META-INF/persistence.xml), none of them default.
 */
public class DeploymentProblemsTest {

    static String startupFailure(Class<?>... beans) {
        return startupFailure(new Extension[0], beans);
    }

    /** The messages of the failure of a container with jooq-cdi, {@code extensions} and {@code beans}. */
    public static String startupFailure(Extension[] extensions, Class<?>... beans) {
        Weld weld = new Weld().disableDiscovery().addExtension(new JooqCdiExtension()).addBeanClasses(beans);
        for (Extension extension : extensions) {
            weld.addExtension(extension);
        }
        RuntimeException e = assertThrows(RuntimeException.class, () -> weld.initialize().close());
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
            for (Throwable s : t.getSuppressed()) {
                messages.append(s.getMessage()).append('\n');
            }
        }
        return messages.toString();
    }

    @Dependent
    static class UnknownUnit {
        @Inject
        @PersistenceUnitName("hb-exce")
        QueryExecutor queries;
    }

    @Test
    void anUnknownUnitNameListsTheDeploymentsUnits() {
        String message = startupFailure(UnknownUnit.class);
        assertTrue(message.contains("@PersistenceUnitName(\"hb-exce\")"), message);
        assertTrue(message.contains(UnknownUnit.class.getName() + ".queries"), message);
        assertTrue(message.contains("[el, hb, hb-snake, el-exec, hb-exec"), message);
        assertTrue(message.contains("closest: hb-exec"), message);
    }

    @Dependent
    static class Unqualified {
        @Inject
        EntityTables tables;
    }

    @Test
    void unqualifiedInjectionWithSeveralUnitsAndNoDefaultNamesTheUnitsAndTheFix() {
        String message = startupFailure(Unqualified.class);
        assertTrue(message.contains("several persistence units [el, hb, hb-snake"), message);
        assertTrue(message.contains("<property name=\"jooq.default\" value=\"true\"/>"), message);
        assertTrue(message.contains("@PersistenceUnitName(\"<unit>\")"), message);
    }

    @Dependent
    static class NoProducer {
        @Inject
        @PersistenceUnitName("hb-exec")
        DSLContext dsl;
    }

    @Test
    void aUnitWithoutEntityManagerProducerPrintsTheProducerToPaste() {
        String message = startupFailure(NoProducer.class);
        assertTrue(message.contains("@Produces @PersistenceUnitName(\"hb-exec\") "
                + "@PersistenceContext(unitName = \"hb-exec\")\n    EntityManager hbExecEntityManager;"), message);
    }

    @Dependent
    static class BadSettings {
        @Inject
        @PersistenceUnitName("bad-settings")
        QueryExecutor queries;

        @Produces
        @PersistenceUnitName("bad-settings")
        EntityManager em() {
            throw new AssertionError("never asked: the deployment fails first");
        }
    }

    @Test
    void invalidJooqPropertiesNameThePropertyAndTheValidValues() {
        String message = startupFailure(BadSettings.class);
        assertTrue(message.contains("jooq.dialect=ORACLE is not a dialect of the jOOQ open-source edition; use one of ["),
                message);
        assertTrue(message.contains("POSTGRES"), message);
        assertTrue(message.contains("jooq.flush=SOMETIMES is not one of [AUTO, NEVER]"), message);
        assertTrue(message.contains("jooq.slow-query-ms=soon is not a number of milliseconds; use a whole number, "
                + "0 or more"), message);
    }

    @Dependent
    static class EverythingWrong {
        @Inject
        @PersistenceUnitName("nope")
        QueryExecutor a;

        @Inject
        QueryExecutor b;
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String message = startupFailure(EverythingWrong.class);
        assertTrue(message.contains("\"nope\""), message);
        assertTrue(message.contains("several persistence units"), message);
    }

    @Dependent
    static class LocalDependentProducer {
        @Inject
        @PersistenceUnitName("hb-exec")
        QueryExecutor queries;

        @Produces
        @PersistenceUnitName("hb-exec")
        EntityManager em() {
            return TestEmfs.resourceLocal("hb-exec").createEntityManager();
        }
    }

    @Test
    void aDependentProducerOfAResourceLocalUnitIsRefused() {
        String message = startupFailure(LocalDependentProducer.class);
        assertTrue(message.contains("'hb-exec' is RESOURCE_LOCAL") && message.contains("@Dependent")
                && message.contains("@RequestScoped") && message.contains("@Disposes"), message);
    }

    @Dependent
    static class ChoosesAtRunTime {
        @Inject
        @Any
        Instance<QueryExecutor> queries;
    }

    @Test
    void aProgrammaticLookupIsNotARequestForTheDefaultUnit() {
        try (WeldContainer container = new Weld().disableDiscovery().addExtension(new JooqCdiExtension())
                .addBeanClasses(ChoosesAtRunTime.class, HbExecProducer.class).initialize()) {
            container.select(RequestContextController.class).get().activate();
            QueryExecutor chosen = container.select(ChoosesAtRunTime.class).get().queries
                    .select(PersistenceUnitName.Literal.of("hb-exec")).get();
            assertEquals("hb-exec", chosen.unitName());
        }
    }

    @Dependent
    static class HbExecProducer {
        @Produces
        @PersistenceUnitName("hb-exec")
        @RequestScoped
        EntityManager em() {
            return TestEmfs.resourceLocal("hb-exec").createEntityManager();
        }
    }

    @Test
    void outsideARequestTheExecutorThrowsContextNotActiveException() {
        try (WeldContainer container = new Weld().disableDiscovery().addExtension(new JooqCdiExtension())
                .addBeanClasses(HbExecProducer.class).initialize()) {
            QueryExecutor queries = container.select(QueryExecutor.class, PersistenceUnitName.Literal.of("hb-exec")).get();
            assertThrows(ContextNotActiveException.class, () -> queries.fetch(DSL.selectOne()));
            EntityTables tables = container.select(EntityTables.class, PersistenceUnitName.Literal.of("hb-exec")).get();
            assertEquals("ACCOUNT", tables.table("account").getName(), "application scoped: usable anywhere");
        }
    }
}
