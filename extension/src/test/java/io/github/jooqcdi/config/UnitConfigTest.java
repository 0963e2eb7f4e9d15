package io.github.jooqcdi.config;

import io.github.jooqcdi.support.LogCapture;
import io.github.jooqcdi.support.MicroProfileConfigFiles;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which MicroProfile Config keys belong to which unit: the unit's name as it is, dots included. */
class UnitConfigTest {

    @Test
    void unitNamesWithDotsAndOddCharactersAreUsedAsTheyAre() {
        Map<String, String> file = Map.of(
                "jooq.shop.flush", "NEVER",
                "jooq.shop.eu.flush", "AUTO",
                "jooq.shop.eu.slow-query-ms", "5",
                "jooq.audit log:2.default", "true");
        Map<String, Map<String, String>> values = MicroProfileConfigFiles.withApplicationConfig(file,
                () -> UnitConfig.read(Thread.currentThread().getContextClassLoader(),
                        List.of("shop", "shop.eu", "audit log:2", "other")));
        assertEquals(Map.of("jooq.flush", "NEVER"), values.get("shop"));
        assertEquals(Map.of("jooq.flush", "AUTO", "jooq.slow-query-ms", "5"), values.get("shop.eu"));
        assertEquals(Map.of("jooq.default", "true"), values.get("audit log:2"));
        assertEquals(null, values.get("other"));
    }

    @Test
    void anEnvironmentVariableSetsTheKeyItMapsTo() {
        assertEquals("NEVER", System.getenv("JOOQ_ENV_UNIT_FLUSH"), "set by the surefire configuration");
        Map<String, Map<String, String>> values = MicroProfileConfigFiles.withApplicationConfig(Map.of(),
                () -> UnitConfig.read(Thread.currentThread().getContextClassLoader(), List.of("env.unit")));
        assertEquals(Map.of("env.unit", Map.of("jooq.flush", "NEVER")), values);
    }

    @Test
    void anEnvironmentVariableOfAKnownKeyIsNoWarning() {
        List<LogRecord> records;
        try (LogCapture log = LogCapture.of(UnitConfig.class.getName())) {
            MicroProfileConfigFiles.withApplicationConfig(Map.of(),
                    () -> UnitConfig.read(Thread.currentThread().getContextClassLoader(), List.of("env.unit")));
            records = log.records();
        }
        assertEquals(List.of(), records.stream().map(LogRecord::getMessage).toList());
    }

    @Test
    void aKeyOfNoUnitOrSettingIsAWarningNamingTheUnitsAndSettings() {
        List<LogRecord> records;
        try (LogCapture log = LogCapture.of(UnitConfig.class.getName())) {
            MicroProfileConfigFiles.withApplicationConfig(Map.of("jooq.shpo.flush", "NEVER", "jooq.shop.fluhs", "NEVER"),
                    () -> UnitConfig.read(Thread.currentThread().getContextClassLoader(), List.of("shop")));
            records = log.records();
        }
        List<String> warnings = records.stream().filter(r -> r.getLevel() == Level.WARNING)
                .map(LogRecord::getMessage).filter(m -> !m.contains("jooq.env.unit")).toList(); // the surefire one
        assertEquals(2, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).startsWith("jooq-cdi: MicroProfile Config key jooq.shop.fluhs is not the setting "
                + "of a persistence unit, so it is ignored; the keys are jooq.<unit>.<setting> with the units [shop] "
                + "and the settings [dialect, flush, evict-after-dml, default, slow-query-ms, schema-check, row-filters]"),
                warnings.get(0));
        assertTrue(warnings.get(1).startsWith("jooq-cdi: MicroProfile Config key jooq.shpo.flush "), warnings.get(1));
    }
}
