package io.github.jooqcdi.it;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;


import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Deployments that must fail, naming what would have been right (DESIGN.md §8). WildFly reports the deployment
 * problem in the failure of its management operation (the {@code DeploymentException} Arquillian throws); Payara Micro
 * only in its log (its Arquillian adapter then finds no application, and does not throw), which the adapter prints to
 * this JVM's standard output: each test reads both.
 */
@ExtendWith(ArquillianExtension.class)
class DeploymentErrorsIT {

    private static final String UNKNOWN_UNIT = "unknown-unit";
    private static final String MISSING_PRODUCER = "missing-producer";

    @Deployment(name = UNKNOWN_UNIT, managed = false, testable = false)
    static WebArchive unknownUnit() {
        return Deployments.unknownUnit();
    }

    @Deployment(name = MISSING_PRODUCER, managed = false, testable = false)
    static WebArchive missingProducer() {
        return Deployments.missingProducer();
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void unknownUnitNameFailsListingTheUnitsOfTheWar() {
        String text = failedDeployment(UNKNOWN_UNIT);
        assertTrue(text.contains("@PersistenceUnitName(\"shopp\")") && text.contains("names no persistence unit"),
                "no message about the unknown unit:\n" + tail(text));
        assertTrue(text.contains("[shop, audit]") || text.contains("[audit, shop]"),
                "the message does not list the units:\n" + tail(text));
        report(UNKNOWN_UNIT, text, "names no persistence unit");
    }

    @Test
    void unitWithoutProducerFailsPrintingTheProducerToAdd() {
        String text = failedDeployment(MISSING_PRODUCER).replace("\\\"", "\"");
        assertTrue(text.contains("Persistence unit 'audit' is used by jooq-cdi"),
                "no message about the unit without a producer:\n" + tail(text));
        assertTrue(text.contains("@Produces @PersistenceUnitName(\"audit\") @PersistenceContext(unitName = \"audit\")"),
                "the message does not print the producer to add:\n" + tail(text));
        report(MISSING_PRODUCER, text, "is used by jooq-cdi");
    }

    /** Deploys, expecting a failure; returns the exception chain and the server output seen meanwhile. */
    private String failedDeployment(String name) {
        StringBuilder seen = new StringBuilder();
        boolean failed = false;
        String serverLog;
        try (ServerOutput output = ServerOutput.capture()) {
            try {
                deployer.deploy(name);
            } catch (Exception e) { // Arquillian's DeploymentException, thrown undeclared
                failed = true;
                for (Throwable t = e; t != null; t = t.getCause()) {
                    seen.append(t).append('\n');
                }
            }
            serverLog = output.text();
        } finally {
            try {
                deployer.undeploy(name);
            } catch (Exception ignored) {
                // not deployed
            }
        }
        seen.append(serverLog);
        assertTrue(failed || serverLog.contains("Exception while loading the app"),
                name + " did not fail to deploy:\n" + tail(seen.toString()));
        return seen.toString();
    }

    private static void report(String name, String text, String marker) {
        System.out.println(name + " rejected on " + Deployments.SERVER + ": "
                + text.lines().filter(l -> l.contains(marker)).findFirst().orElse("").trim());
    }

    private static String tail(String text) {
        return text.length() <= 8000 ? text : text.substring(text.length() - 8000);
    }
}
