package io.github.jooqcdi.cdi;

import io.github.jooqcdi.unit.PersistenceUnitInfo;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which unit unqualified injection means, and which problems a deployment has, without a container. */
class UnitRequestsTest {

    static PersistenceUnitInfo unit(String name, Map<String, String> properties) {
        return new PersistenceUnitInfo(name, "JTA", null, null, null, properties, "test");
    }

    @Test
    void theOnlyUnitIsTheDefault() {
        UnitRequests requests = new UnitRequests(List.of(unit("lending", Map.of())));
        requests.requested(null, "Reports.queries");
        requests.producer("lending");
        assertEquals(Optional.of("lending"), requests.defaultUnit());
        assertEquals(List.of(), requests.problems());
    }

    @Test
    void withSeveralUnitsTheOneMarkedDefaultIsTheDefault() {
        UnitRequests requests = new UnitRequests(List.of(unit("lending", Map.of()),
                unit("tracking", Map.of("jooq.default", "true"))));
        requests.requested(null, "Reports.queries");
        requests.producer("tracking");
        assertEquals(Optional.of("tracking"), requests.defaultUnit());
        assertEquals(List.of(), requests.problems());
    }

    @Test
    void twoDefaultsAreAProblem() {
        UnitRequests requests = new UnitRequests(List.of(unit("a", Map.of("jooq.default", "true")),
                unit("b", Map.of("jooq.default", "TRUE"))));
        requests.requested(null, "Reports.queries");
        List<String> problems = requests.problems();
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("2 ([a, b]) with jooq.default=true"), problems.get(0));
    }

    @Test
    void unitsNothingUsesAreNotChecked() {
        UnitRequests requests = new UnitRequests(List.of(unit("legacy", Map.of("jooq.flush", "bogus")),
                unit("lending", Map.of())));
        requests.requested("lending", "Reports.queries");
        requests.producer("lending");
        assertEquals(List.of(), requests.problems());
    }
}
