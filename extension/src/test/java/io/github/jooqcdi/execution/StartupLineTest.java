package io.github.jooqcdi.execution;

import io.github.jooqcdi.provider.JpaProviderAdapter;
import io.github.jooqcdi.provider.JpaProviderAdapters;
import io.github.jooqcdi.support.LogCapture;
import io.github.jooqcdi.testmodel.TestUnits;
import io.github.jooqcdi.transaction.ResourceLocalTransactionState;
import io.github.jooqcdi.unit.UnitSettings;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The one INFO line a unit logs when it is built. */
class StartupLineTest {

    @Test
    void oneInfoLineStatesTablesEntitiesDialectAndTheUnitsSettings() {
        EntityManagerFactory emf = TestUnits.emf(TestUnits.EL);
        JpaProviderAdapter adapter = JpaProviderAdapters.detect(emf).orElseThrow();
        UnitSettings settings = UnitSettings.of(TestUnits.EL, Map.of(UnitSettings.FLUSH, "NEVER",
                UnitSettings.EVICT_AFTER_DML, "false", UnitSettings.SLOW_QUERY_MS, "250"), problem -> fail(problem));
        JooqUnit unit;
        List<LogRecord> records;
        try (LogCapture log = LogCapture.of(JooqUnitBuilder.class.getName())) {
            unit = JooqUnitBuilder.build(TestUnits.EL, settings, emf, adapter,
                    em -> new ResourceLocalTransactionState(em, adapter), List.of(), List.of());
            records = log.records();
        }
        List<String> info = records.stream().filter(r -> r.getLevel() == Level.INFO).map(LogRecord::getMessage)
                .toList();
        assertEquals(1, info.size(), info::toString);
        String line = info.get(0);
        assertTrue(line.matches("jooq-cdi: persistence unit 'el' \\(EclipseLink, dialect H2\\): "
                + unit.tables().all().size() + " tables, \\d+ entities, flush NEVER, eviction after DML off, "
                + "slow-query log from 250 ms, schema check off, row filters (on|none), 0 degraded \\(OTHER-typed\\) columns; built in \\d+ ms"), line);
    }
}
