package io.github.jooqcdi.unit;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnitSettingsTest {

    private static UnitSettings read(String slowQueryMs, List<String> problems) {
        return UnitSettings.of("shop", slowQueryMs == null ? Map.of() : Map.of(UnitSettings.SLOW_QUERY_MS, slowQueryMs),
                problems::add);
    }

    @Test
    void slowQueryLogIsOffByDefault() {
        List<String> problems = new ArrayList<>();
        assertEquals(OptionalLong.empty(), read(null, problems).slowQueryMs());
        assertEquals(OptionalLong.empty(), read(" ", problems).slowQueryMs());
        assertEquals(List.of(), problems);
    }

    @Test
    void slowQueryThresholdIsAWholeNumberOfMillisecondsFromZero() {
        List<String> problems = new ArrayList<>();
        assertEquals(OptionalLong.of(0), read("0", problems).slowQueryMs());
        assertEquals(OptionalLong.of(250), read(" 250 ", problems).slowQueryMs());
        assertEquals(List.of(), problems);
    }

    @Test
    void invalidSlowQueryThresholdsAreReportedWithTheKeyTheValueAndWhatIsAllowed() {
        for (String bad : List.of("-1", "1.5", "250ms", "ten", "99999999999999999999")) {
            List<String> problems = new ArrayList<>();
            assertEquals(OptionalLong.empty(), read(bad, problems).slowQueryMs(), bad);
            assertEquals(1, problems.size(), bad);
            assertTrue(problems.get(0).startsWith("Persistence unit 'shop': persistence.xml property jooq.slow-query-ms=" + bad
                    + " is not a number of milliseconds; use a whole number, 0 or more"), problems.get(0));
        }
    }

    @Test
    void rowFiltersAreOnByDefaultAndTurnedOffPerUnit() {
        List<String> problems = new ArrayList<>();
        assertTrue(UnitSettings.of("shop", Map.of(), problems::add).rowFilters());
        assertTrue(!UnitSettings.of("shop", Map.of(UnitSettings.ROW_FILTERS, " false "), problems::add).rowFilters());
        assertEquals(List.of(), problems);
        assertTrue(UnitSettings.of("shop", Map.of(UnitSettings.ROW_FILTERS, "off"), problems::add).rowFilters());
        assertEquals(List.of("Persistence unit 'shop': persistence.xml property jooq.row-filters=off is not true or false"),
                problems);
    }
}
