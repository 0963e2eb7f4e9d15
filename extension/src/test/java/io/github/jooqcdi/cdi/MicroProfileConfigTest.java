package io.github.jooqcdi.cdi;

import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.execution.JooqUnitBuilder;
import io.github.jooqcdi.semantics.Account;
import io.github.jooqcdi.support.LogCapture;
import io.github.jooqcdi.support.MicroProfileConfigFiles;
import io.github.jooqcdi.support.TestEmfs;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14: the {@code jooq.<unit>.<setting>} keys of MicroProfile Config (SmallRye Config, reading the
 * {@code META-INF/microprofile-config.properties} the application's class loader sees) win over persistence.xml.
 * Unit {@code hb-plain} sets {@code jooq.flush=NEVER}, {@code jooq.evict-after-dml=false} and
 * {@code jooq.slow-query-ms=0} in persistence.xml.
 */
class MicroProfileConfigTest {

    @Dependent
    static class Producers {
        @Produces @PersistenceUnitName("hb-plain") @RequestScoped
        EntityManager em() {
            return TestEmfs.resourceLocal("hb-plain").createEntityManager();
        }
    }

    /** Starts a container whose application class loader sees {@code config}, runs a query; returns the startup line. */
    private static String startupLine(Map<String, String> config) {
        return MicroProfileConfigFiles.withApplicationConfig(config, () -> {
            try (LogCapture log = LogCapture.of(JooqUnitBuilder.class.getName());
                 WeldContainer container = new Weld().disableDiscovery().addExtension(new JooqCdiExtension())
                         .addBeanClasses(Producers.class).initialize()) {
                RequestContextController request = container.select(RequestContextController.class).get();
                request.activate();
                try {
                    QueryExecutor queries = container.select(QueryExecutor.class,
                            PersistenceUnitName.Literal.of("hb-plain")).get();
                    queries.fetch(DSL.selectCount().from(queries.tables().table(Account.class)));
                } finally {
                    request.deactivate();
                }
                List<String> lines = log.records().stream().filter(r -> r.getLevel() == Level.INFO)
                        .map(LogRecord::getMessage).filter(m -> m.contains("'hb-plain'")).toList();
                assertEquals(1, lines.size(), lines::toString);
                return lines.get(0);
            }
        });
    }

    @Test
    void withoutKeysPersistenceXmlApplies() {
        String line = startupLine(Map.of());
        assertTrue(line.contains("flush NEVER, eviction after DML off, slow-query log from 0 ms"), line);
    }

    @Test
    void microProfileConfigKeysOfTheUnitWinOverPersistenceXmlSettingBySetting() {
        String line = startupLine(Map.of("jooq.hb-plain.flush", "AUTO", "jooq.hb-plain.slow-query-ms", "250",
                "jooq.hb-exec.flush", "AUTO" /* another unit's key */));
        // evict-after-dml is not in MicroProfile Config: persistence.xml's false stays
        assertTrue(line.contains("flush AUTO, eviction after DML off, slow-query log from 250 ms"), line);
    }

    @Test
    void anInvalidMicroProfileConfigValueFailsTheDeploymentNamingTheKey() {
        String message = MicroProfileConfigFiles.withApplicationConfig(
                Map.of("jooq.hb-plain.flush", "SOMETIMES", "jooq.hb-plain.schema-check", "loud"),
                () -> DeploymentProblemsTest.startupFailure(Producers.class));
        assertTrue(message.contains("Persistence unit 'hb-plain': MicroProfile Config key jooq.hb-plain.flush="
                + "SOMETIMES is not one of [AUTO, NEVER]"), message);
        assertTrue(message.contains("Persistence unit 'hb-plain': MicroProfile Config key jooq.hb-plain.schema-check="
                + "loud is not one of [OFF, WARN, FAIL]"), message);
    }

    @Test
    void anInvalidPersistenceXmlValueNamesPersistenceXml() {
        // unit bad-settings has jooq.flush=SOMETIMES in persistence.xml; MicroProfile Config fixes the dialect only
        String message = MicroProfileConfigFiles.withApplicationConfig(Map.of("jooq.bad-settings.dialect", "H2"),
                () -> DeploymentProblemsTest.startupFailure(BadSettingsProducer.class));
        assertTrue(message.contains("Persistence unit 'bad-settings': persistence.xml property jooq.flush=SOMETIMES "
                + "is not one of [AUTO, NEVER]"), message);
        assertTrue(!message.contains("jooq.dialect=ORACLE"), message);
    }

    @Dependent
    static class BadSettingsProducer {
        @Produces @PersistenceUnitName("bad-settings") @RequestScoped
        EntityManager em() {
            throw new UnsupportedOperationException("never built: the deployment fails first");
        }
    }
}
