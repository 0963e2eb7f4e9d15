package io.github.jooqcdi.cdi;

import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.config.UnitConfig;
import io.github.jooqcdi.execution.JooqUnitBuilder;
import io.github.jooqcdi.semantics.Account;
import io.github.jooqcdi.support.LogCapture;
import jakarta.enterprise.context.control.RequestContextController;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An application without MicroProfile Config: the surefire execution {@code without-microprofile-config} runs this
 * class alone, with the MicroProfile Config API and SmallRye Config left off the class path. Nothing fails, and
 * persistence.xml's settings apply. The JAX-RS API is left off too: the extension works without it (Java SE).
 */
class WithoutMicroProfileConfigTest {

    @Test
    void theUnitStartsWithPersistenceXmlSettingsAndRunsQueries() {
        assumeTrue(Boolean.getBoolean("jooqcdi.without-microprofile-config"),
                "runs in the surefire execution without-microprofile-config only (its class path has no MicroProfile Config)");
        assertThrows(ClassNotFoundException.class,
                () -> Class.forName("org.eclipse.microprofile.config.ConfigProvider"),
                "this test must run without the MicroProfile Config API on the class path");
        assertThrows(ClassNotFoundException.class, () -> Class.forName("jakarta.ws.rs.ext.MessageBodyWriter"),
                "this test must run without the JAX-RS API on the class path (io.github.jooqcdi.jaxrs needs it)");
        List<LogRecord> records;
        List<LogRecord> configRecords;
        try (LogCapture config = LogCapture.of(UnitConfig.class.getName());
             LogCapture log = LogCapture.of(JooqUnitBuilder.class.getName());
             WeldContainer container = new Weld().disableDiscovery().addExtension(new JooqCdiExtension())
                     .addBeanClasses(MicroProfileConfigTest.Producers.class).initialize()) {
            RequestContextController request = container.select(RequestContextController.class).get();
            request.activate();
            try {
                QueryExecutor queries = container.select(QueryExecutor.class,
                        PersistenceUnitName.Literal.of("hb-plain")).get();
                assertEquals(0, queries.fetch(DSL.selectCount().from(queries.tables().table(Account.class))
                        .where(DSL.falseCondition())).get(0).value1());
            } finally {
                request.deactivate();
            }
            records = log.records();
            configRecords = config.records();
        }
        // not a word: an application without MicroProfile Config is not told about it
        assertEquals(List.of(), configRecords.stream().map(LogRecord::getMessage).toList());
        List<String> lines = records.stream().filter(r -> r.getLevel() == Level.INFO).map(LogRecord::getMessage)
                .filter(m -> m.contains("'hb-plain'")).toList();
        assertEquals(1, lines.size(), lines::toString);
        assertTrue(lines.get(0).contains("flush NEVER, eviction after DML off, slow-query log from 0 ms"), lines.get(0));
    }
}
