package io.github.jooqcdi.it;

import io.github.jooqcdi.it.Shapes.Shape;
import io.github.jooqcdi.it.shapes.bench.ExecutorBenchmark;
import io.github.jooqcdi.it.shapes.producers.ApplicationScopedFields;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The executor against raw jOOQ inside the server ({@link ExecutorBenchmark}), printed as a table. In {@code mvn verify}
 * a short run that only shows it works ({@code -Dbench.queries=60 -Dbench.rounds=1}); the measurement is
 * {@code -Dbench.queries=3000 -Dbench.rounds=7} (benchmarks/README.md). Never a timing assertion.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServerBenchmarkIT {

    static final String NAME = "bench";

    @Deployment(name = NAME, testable = false)
    static WebArchive war() {
        return Shapes.war(new Shape(NAME, "annotated", false, List.of(ApplicationScopedFields.class), false, false,
                false)).addPackage(ExecutorBenchmark.class.getPackage());
    }

    @Test
    void executorAgainstRawJooqOnTheSameConnection() {
        int queries = Integer.getInteger("bench.queries", 60);
        int rounds = Integer.getInteger("bench.rounds", 1);
        Http app = new Http(Deployments.base(NAME) + "api/");
        String warmUp = app.get("bench?queries=" + queries + "&rounds=" + rounds); // the JIT compiles during this one
        assertTrue(warmUp.startsWith("200 "), warmUp);
        String answer = app.get("bench?queries=" + queries + "&rounds=" + rounds);
        assertTrue(answer.startsWith("200 "), answer);
        List<String> lines = answer.substring(4).lines().toList();
        assertEquals(3, lines.size(), answer);
        StringBuilder table = new StringBuilder("\n| " + Deployments.SERVER + " / " + Deployments.DB + ", " + queries
                + " queries, " + rounds + " rounds, median | raw jOOQ µs | QueryExecutor µs | ratio |\n|---|---|---|---|\n");
        for (String line : lines) {
            table.append("| ").append(line.replace("|", " | ")).append(" |\n");
        }
        System.out.println("Executor benchmark" + table);
    }
}
