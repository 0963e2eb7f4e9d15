package io.github.jooqcdi.it;

import io.github.jooqcdi.it.Shapes.Shape;
import io.github.jooqcdi.it.shapes.producers.ApplicationScopedFields;
import io.github.jooqcdi.it.shapes.producers.AuditFields;
import io.github.jooqcdi.it.shapes.producers.DependentMethodWithDisposer;
import io.github.jooqcdi.it.shapes.producers.FactoryFields;
import io.github.jooqcdi.it.shapes.producers.LendingFields;
import io.github.jooqcdi.it.shapes.producers.RequestScopedMethod;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The WAR shapes users write (the WAR-shapes issue), each deployed on its own and checked with one JTA commit and one
 * rollback of JPA and jOOQ writes through {@code QueryExecutor}: rows counted through jOOQ before and after.
 */
@ExtendWith(ArquillianExtension.class)
class WarShapesIT {

    /** The shape of the report: beans.xml all, plain producer classes for both units and their factories, no EJB. */
    static final Shape ISSUE = new Shape("issue-shape", "all", false,
            List.of(LendingFields.class, AuditFields.class, FactoryFields.class), true, false, false);
    static final Shape ISSUE_WITH_EJB = new Shape("issue-shape-ejb", "all", true,
            List.of(LendingFields.class, AuditFields.class, FactoryFields.class), true, false, false);
    static final Shape TWO_UNITS_NO_FACTORIES = new Shape("two-units", "all", false,
            List.of(LendingFields.class, AuditFields.class), true, false, false);
    static final Shape TWO_DATA_SOURCES = new Shape("two-data-sources", "all", false,
            List.of(LendingFields.class, AuditFields.class), true, true, false);
    static final Shape ANNOTATED = new Shape("annotated-application-scoped", "annotated", false,
            List.of(ApplicationScopedFields.class), false, false, false);
    static final Shape NO_BEANS_XML = new Shape("no-beans-xml-request-scoped", null, false,
            List.of(RequestScopedMethod.class), false, false, false);
    static final Shape DEPENDENT = new Shape("dependent-with-disposer", "annotated", true,
            List.of(DependentMethodWithDisposer.class), false, false, false);
    static final Shape LIB_JAR = new Shape("unit-in-lib-jar", "annotated", false,
            List.of(ApplicationScopedFields.class), false, false, true);

    static final String EAR = "shapes-ear";

    private static final List<String> RESULTS = new ArrayList<>();

    @Deployment(name = "issue-shape", managed = false, testable = false)
    static WebArchive issue() {
        return Shapes.war(ISSUE);
    }

    @Deployment(name = "issue-shape-ejb", managed = false, testable = false)
    static WebArchive issueWithEjb() {
        return Shapes.war(ISSUE_WITH_EJB);
    }

    /**
     * The two-units shape also carries MicroProfile Config keys (issue 14), which both servers read from the WAR:
     * every query of unit audit is logged as slow, and unit lending compares its tables with the database at startup.
     */
    static final String MICROPROFILE_CONFIG = "jooq.audit.slow-query-ms=0\njooq.lending.schema-check=warn\n";

    @Deployment(name = "two-units", managed = false, testable = false)
    static WebArchive twoUnits() {
        return Shapes.war(TWO_UNITS_NO_FACTORIES).addAsResource(new StringAsset(MICROPROFILE_CONFIG),
                "META-INF/microprofile-config.properties");
    }

    @Deployment(name = "two-data-sources", managed = false, testable = false)
    static WebArchive twoDataSources() {
        return Shapes.war(TWO_DATA_SOURCES);
    }

    @Deployment(name = "annotated-application-scoped", managed = false, testable = false)
    static WebArchive annotated() {
        return Shapes.war(ANNOTATED);
    }

    @Deployment(name = "no-beans-xml-request-scoped", managed = false, testable = false)
    static WebArchive noBeansXml() {
        return Shapes.war(NO_BEANS_XML);
    }

    @Deployment(name = "dependent-with-disposer", managed = false, testable = false)
    static WebArchive dependent() {
        return Shapes.war(DEPENDENT);
    }

    @Deployment(name = "unit-in-lib-jar", managed = false, testable = false)
    static WebArchive libJar() {
        return Shapes.war(LIB_JAR);
    }

    @Deployment(name = EAR, managed = false, testable = false)
    static EnterpriseArchive ear() {
        return Shapes.ear(EAR);
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void theReportedShapeWithoutEjb() {
        check(ISSUE);
    }

    @Test
    void theReportedShapeWithAnEjb() {
        check(ISSUE_WITH_EJB);
    }

    @Test
    void twoUnitsWithoutFactoryProducers() {
        check(TWO_UNITS_NO_FACTORIES);
    }

    @Test
    void twoUnitsOnTwoDataSources() {
        check(TWO_DATA_SOURCES);
    }

    @Test
    void annotatedDiscoveryAndAnApplicationScopedProducerClass() {
        check(ANNOTATED);
    }

    @Test
    void noBeansXmlAndARequestScopedProducerMethod() {
        check(NO_BEANS_XML);
    }

    @Test
    void dependentProducerMethodDisposedOncePerRequest() {
        check(DEPENDENT);
    }

    @Test
    void persistenceXmlAndEntitiesInALibraryJar() {
        check(LIB_JAR);
    }

    @AfterAll
    static void printTable() {
        System.out.println("WAR shapes on " + Deployments.SERVER + "/" + Deployments.DB + ":\n" + String.join("\n", RESULTS));
    }

    /** The EAR: a WAR module calls a stateless bean of an EJB module that injects {@code QueryExecutor} (CMT). */
    @Test
    void earWithAnEjbModuleAndAWebModule() {
        assumeFalse(Deployments.SERVER.equals("payara"), "Payara Micro deploys no EAR (it answers '--deploy "
                + "shapes-ear.ear is a not valid type of deployment archive'): the EAR runs on WildFly only");
        check(new Shape(EAR, null, true, List.of(), false, false, false),
                "EAR: lib/ jooq-cdi + jOOQ, EJB module (unit, producer, @Stateless with QueryExecutor, CMT), web module");
    }

    private void check(Shape shape) {
        check(shape, shape.describe());
    }

    private void check(Shape shape, String description) {
        try (ServerOutput output = ServerOutput.capture()) {
            try {
                deployer.deploy(shape.name());
                boolean builtAtStart = output.await(text -> text.contains("persistence unit 'lending' (")
                        && text.contains("built in"));
                Http app = new Http(Deployments.base(shape.name()) + "api/shape/");
                String before = app.get("counts");
                if (!before.startsWith("200 ")) {
                    fail(shape.name() + " (" + description + ") does not answer: " + before + "\n"
                            + output.tail(12000));
                }
                Map<String, Integer> start = Http.counts(before);
                assertTrue(builtAtStart, shape.name() + ": the unit was not built when the application started");

                String committed = app.post("commit?name=ada");
                assertTrue(committed.startsWith("200 member "), shape.name() + ": commit answered " + committed);
                Map<String, Integer> afterCommit = Http.counts(app.get("counts"));
                assertEquals(start.get("SHAPE_MEMBER") + 1, afterCommit.get("SHAPE_MEMBER"), "JPA's member, committed");
                assertEquals(start.get("SHAPE_MEMBER_PHONE") + 1, afterCommit.get("SHAPE_MEMBER_PHONE"),
                        "jOOQ's phone row, committed");
                if (shape.twoUnits()) {
                    assertEquals(start.get("SHAPE_AUDIT") + 1, afterCommit.get("SHAPE_AUDIT"),
                            "jOOQ's audit row through the second unit, committed");
                }

                String rolledBack = app.post("rollback?name=bob");
                assertTrue(rolledBack.startsWith("409 rolled back:") && rolledBack.contains("on purpose"),
                        shape.name() + ": rollback answered " + rolledBack);
                assertEquals(afterCommit, Http.counts(app.get("counts")), "the rolled-back transaction left rows");

                if (shape.producers().contains(DependentMethodWithDisposer.class)) {
                    checkDisposer(app);
                }
                if (shape.twoUnits()) {
                    checkMicroProfileConfig(shape, output);
                }
                RESULTS.add(String.format("  %-32s %s: passed", shape.name(), description));
            } catch (AssertionError | RuntimeException e) {
                RESULTS.add(String.format("  %-32s %s: FAILED %s", shape.name(), description, e.getMessage()
                        .lines().findFirst().orElse("")));
                throw e;
            } finally {
                try {
                    deployer.undeploy(shape.name());
                } catch (RuntimeException e) {
                    // not deployed: the failure above says why
                }
            }
        }
    }

    /**
     * The WAR's {@code META-INF/microprofile-config.properties} (two-units shape only) changes the units' settings, as
     * the startup lines say and the slow-query log shows; without it (the other two-unit shapes) they are the defaults.
     */
    private static void checkMicroProfileConfig(Shape shape, ServerOutput output) {
        boolean configured = shape == TWO_UNITS_NO_FACTORIES;
        String audit = startupLine(output, "audit");
        String lending = startupLine(output, "lending");
        assertTrue(audit.contains(configured ? "slow-query log from 0 ms" : "slow-query log off"), audit);
        assertTrue(lending.contains(configured ? "schema check warn: nothing missing" : "schema check off"), lending);
        if (configured) {
            assertTrue(output.await(text -> text.contains("jooq-cdi: slow query on persistence unit 'audit'")),
                    "the audit unit's queries are logged as slow:\n" + output.tail(6000));
        } else {
            assertTrue(!output.text().contains("slow query on persistence unit"), output.tail(6000));
        }
    }

    private static String startupLine(ServerOutput output, String unit) {
        String start = "jooq-cdi: persistence unit '" + unit + "' (";
        output.await(text -> text.contains(start));
        return output.text().lines().filter(l -> l.contains(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no startup line of unit " + unit + ":\n" + output.tail(6000)));
    }

    /** Each request that uses the executor gets one entity manager of the producer, disposed of when it ends. */
    private static void checkDisposer(Http app) {
        Pattern figures = Pattern.compile("produced=(\\d+) disposed=(\\d+)");
        Matcher before = figures.matcher(app.awaitBody("producer", body -> {
            Matcher m = figures.matcher(body);
            return m.find() && m.group(1).equals(m.group(2));
        }));
        assertTrue(before.find());
        int requests = 5;
        for (int i = 0; i < requests; i++) {
            assertTrue(app.get("counts").startsWith("200 "));
        }
        int expected = Integer.parseInt(before.group(1)) + requests;
        String after = app.awaitBody("producer",
                body -> body.equals("produced=" + expected + " disposed=" + expected));
        assertEquals("produced=" + expected + " disposed=" + expected, after,
                "one entity manager per request, each disposed of once");
    }
}
