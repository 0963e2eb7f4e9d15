package io.github.jooqcdi.it.shapes.bench;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/** {@code GET /api/bench?queries=3000&rounds=7}: the table of {@link ExecutorBenchmark}, one line per kind. */
@Path("bench")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
public class BenchmarkResource {

    @Inject
    ExecutorBenchmark benchmark;

    @GET
    public String run(@QueryParam("queries") int queries, @QueryParam("rounds") int rounds) {
        StringBuilder table = new StringBuilder();
        for (Map.Entry<String, double[]> kind : benchmark.run(queries, rounds).entrySet()) {
            double[] v = kind.getValue();
            table.append(String.format("%s|%.2f|%.2f|%.3f%n", kind.getKey(), v[0], v[1], v[1] / v[0]));
        }
        return table.toString();
    }
}
