package io.github.jooqcdi.it;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A WAR whose {@code @PersistenceUnitName} names a unit it does not have must fail to deploy, and the failure must name
 * the units it has. WildFly reports the deployment problem in the management operation's failure (the
 * {@code DeploymentException} Arquillian throws); Payara Micro only in its log, which its Arquillian adapter prints to
 * this JVM's standard output: the test reads both.
 */
@ExtendWith(ArquillianExtension.class)
class UnknownUnitIT {

    private static final String NAME = "unknown-unit";

    @Deployment(name = NAME, managed = false, testable = false)
    static WebArchive deployment() {
        return Deployments.unknownUnit();
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void deploymentFailsNamingTheUnitsOfTheWar() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(new Tee(out, log), true, StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        boolean failed = false;
        try {
            deployer.deploy(NAME);
        } catch (Exception e) { // Arquillian's DeploymentException, thrown undeclared
            failed = true;
            for (Throwable t = e; t != null; t = t.getCause()) {
                seen.append(t).append('\n');
            }
        } finally {
            System.setOut(out);
            try {
                deployer.undeploy(NAME);
            } catch (Exception ignored) {
                // not deployed
            }
        }
        String serverLog = log.toString(StandardCharsets.UTF_8);
        seen.append(serverLog);
        String text = seen.toString();
        assertTrue(failed || serverLog.contains("Exception while loading the app"),
                "the deployment did not fail:\n" + tail(text));
        assertTrue(text.contains("@PersistenceUnitName(\"shopp\")") && text.contains("names no persistence unit"),
                "no message about the unknown unit:\n" + tail(text));
        assertTrue(text.contains("[shop, audit]") || text.contains("[audit, shop]"),
                "the message does not list the units:\n" + tail(text));
        System.out.println("unknown unit rejected on " + Deployments.SERVER + ": "
                + text.lines().filter(l -> l.contains("names no persistence unit")).findFirst().orElse("").trim());
    }

    private static String tail(String text) {
        return text.length() <= 8000 ? text : text.substring(text.length() - 8000);
    }

    /** Writes to two streams. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws java.io.IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] buf, int off, int len) throws java.io.IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }
    }
}
