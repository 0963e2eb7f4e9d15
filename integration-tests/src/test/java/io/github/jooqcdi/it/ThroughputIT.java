package io.github.jooqcdi.it;

import io.github.jooqcdi.it.Shapes.Shape;
import io.github.jooqcdi.it.shapes.producers.ApplicationScopedFields;
import io.github.jooqcdi.it.shapes.report.CityReport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests per second of one report through {@code QueryExecutor} and through plain JDBC on the unit's data source
 * ({@link CityReport}), under {@code bench.load.clients} concurrent clients on 127.0.0.1: a warm-up of each
 * ({@code bench.load.warmup} seconds, default twice {@code bench.load.seconds}), then
 * {@code bench.load.rounds} rounds of {@code bench.load.seconds} per endpoint, which goes first alternating (jooq, jdbc,
 * jdbc, jooq, ...). Printed as a table. In {@code mvn verify} a short run that only shows it works; benchmarks/README.md
 * says how to measure. Never a timing assertion; zero errors is asserted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ThroughputIT {

    static final String NAME = "throughput";

    @Deployment(name = NAME, testable = false)
    static WebArchive war() {
        WebArchive war = Shapes.war(new Shape(NAME, "annotated", false, List.of(ApplicationScopedFields.class), false,
                false, false)).addPackage(CityReport.class.getPackage());
        war.delete("WEB-INF/web.xml");
        return war.addAsWebInfResource(new StringAsset(Shapes.webXml(false, """
                  <env-entry>
                    <env-entry-name>report/dataSource</env-entry-name>
                    <env-entry-type>java.lang.String</env-entry-type>
                    <env-entry-value>%s</env-entry-value>
                  </env-entry>
                """.formatted(Shapes.firstDataSource()))), "web.xml");
    }

    @Test
    void sameReportThroughExecutorAndJdbc() {
        double seconds = Double.parseDouble(System.getProperty("bench.load.seconds", "0.2"));
        String warmUpProperty = System.getProperty("bench.load.warmup", "");
        double warmUpSeconds = warmUpProperty.isBlank() ? 2 * seconds : Double.parseDouble(warmUpProperty);
        int rounds = Integer.getInteger("bench.load.rounds", 6);
        int clients = Integer.getInteger("bench.load.clients", 8);
        boolean transaction = Boolean.parseBoolean(System.getProperty("bench.load.transaction", "true"));
        String base = Deployments.base(NAME) + "api/report/";
        Http app = new Http(base);
        assertEquals("200 members=300", app.post("seed"));
        String query = "?tx=" + transaction;
        String jooqAnswer = app.get("jooq" + query);
        assertTrue(jooqAnswer.startsWith("200 ["), jooqAnswer);
        assertEquals(jooqAnswer, app.get("jdbc" + query), "the same report through both");
        assertEquals(15, jooqAnswer.split("\"city\"").length - 1, "one row per city: " + jooqAnswer);
        String body = jooqAnswer.substring(4);
        URI jooq = URI.create(base + "jooq" + query);
        URI jdbc = URI.create(base + "jdbc" + query);

        long[] requests = new long[2];
        long[] errors = new long[2];
        double[] time = new double[2];
        double[] serverCpu = new double[2];
        double[] clientCpu = new double[2];
        StringBuilder perRound = new StringBuilder();
        String firstError = null;
        try (Load load = new Load(clients, Load.server())) {
            for (URI uri : new URI[] {jooq, jdbc}) { // the JIT compiles during these
                Load.Run warmUp = load.run(uri, body, warmUpSeconds);
                errors[uri == jooq ? 0 : 1] += warmUp.errors();
                firstError = firstError != null ? firstError : warmUp.firstError();
            }
            for (int round = 0; round < rounds; round++) {
                URI[] order = round % 2 == 0 ? new URI[] {jooq, jdbc} : new URI[] {jdbc, jooq};
                for (URI uri : order) {
                    int i = uri == jooq ? 0 : 1;
                    Load.Run run = load.run(uri, body, seconds);
                    requests[i] += run.requests();
                    errors[i] += run.errors();
                    time[i] += run.seconds();
                    serverCpu[i] += run.serverCpu();
                    clientCpu[i] += run.clientCpu();
                    firstError = firstError != null ? firstError : run.firstError();
                    perRound.append(String.format(" %s %.0f", i == 0 ? "jooq" : "jdbc", run.perSecond()));
                }
            }
        }
        double jooqRate = requests[0] / time[0];
        double jdbcRate = requests[1] / time[1];
        double jooqCpu = serverCpu[0] / requests[0] * 1e6;
        double jdbcCpu = serverCpu[1] / requests[1] * 1e6;
        System.out.printf("Throughput%n| server / db, %s | clients | s (jooq / jdbc) | QueryExecutor req/s "
                        + "| plain JDBC req/s | ratio | errors | server CPU µs/request (jooq / jdbc) | CPU ratio (jdbc / jooq) |%n"
                        + "|---|---|---|---|---|---|---|---|---|%n"
                        + "| %s / %s | %d | %.1f / %.1f | %.1f | %.1f | %.3f | %d | %.0f / %.0f | %.3f |%n"
                        + "per round (req/s):%s%nload generator CPU µs/request (jooq / jdbc): %.0f / %.0f%n",
                transaction ? "@Transactional" : "no transaction", Deployments.SERVER, Deployments.DB, clients,
                time[0], time[1], jooqRate, jdbcRate, jooqRate / jdbcRate, errors[0] + errors[1], jooqCpu, jdbcCpu,
                jdbcCpu / jooqCpu, perRound, clientCpu[0] / requests[0] * 1e6, clientCpu[1] / requests[1] * 1e6);
        assertEquals(0, errors[0] + errors[1], "errors under load, the first: " + firstError);
    }
}
