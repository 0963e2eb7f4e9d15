package io.github.jooqcdi.benchmarks;

import org.jooq.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A short run of {@link StartupBenchmark} (10 entities, one warm build), only to show that it runs and that the
 * metadata it times is the whole unit: one table per generated entity, join and collection table. No time is asserted.
 */
class StartupBenchmarkTest {

    @ParameterizedTest
    @EnumSource(StartupBenchmark.Jpa.class)
    void buildsOneTablePerGeneratedTable(StartupBenchmark.Jpa jpa) {
        StartupBenchmark.Result result = StartupBenchmark.measure(jpa, 10, 1, "drop-and-create", false);
        System.out.println(StartupBenchmark.HEADER + "\n" + result.row());

        Set<String> built = result.tables().all().stream()
                .map(Table::getName).map(name -> name.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        assertEquals(result.entities().tables(), built);
        assertEquals(10, result.entities().classes().size());
    }
}
