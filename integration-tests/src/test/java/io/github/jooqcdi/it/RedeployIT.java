package io.github.jooqcdi.it;

import io.github.jooqcdi.it.Shapes.Shape;
import io.github.jooqcdi.it.shapes.producers.ApplicationScopedFields;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Deploy, use and undeploy the same WAR five times on one running server: queries work after each deployment, and no
 * earlier deployment stays alive (nothing of jooq-cdi keeps its classes or its EntityManagerFactory). WildFly through
 * Arquillian; Payara Micro through {@link PayaraControl}, because its Arquillian adapter starts a new server per
 * deployment.
 */
@ExtendWith(ArquillianExtension.class)
class RedeployIT {

    static final String NAME = "redeploy";
    static final int ROUNDS = 5;
    static final Shape SHAPE = new Shape(NAME, "annotated", false, List.of(ApplicationScopedFields.class), false,
            false, false);

    @Deployment(name = NAME, managed = false, testable = false)
    static WebArchive war() {
        return Shapes.war(SHAPE);
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void fiveDeploymentsOnOneServerLeaveNoEarlierOneAlive() throws Exception {
        List<String> reports = new ArrayList<>();
        try (Server server = Deployments.SERVER.equals("payara") ? new PayaraServer() : new ArquillianServer(deployer)) {
            for (int round = 1; round <= ROUNDS; round++) {
                server.deploy();
                try {
                    Http app = new Http(Deployments.base(NAME) + "api/shape/");
                    String committed = app.post("commit?name=round" + round);
                    assertTrue(committed.startsWith("200 member "), "round " + round + ": commit answered " + committed);
                    assertEquals(1, Http.counts(app.get("counts")).get("SHAPE_MEMBER"),
                            "round " + round + ": the new deployment's fresh tables hold the one committed member");
                    String report = app.get("deployments");
                    assertTrue(report.startsWith("200 deployments=" + round + " "), "round " + round + ": " + report);
                    reports.add("round " + round + ": " + report.substring(4));
                } finally {
                    server.undeploy();
                }
            }
        }
        System.out.println("Redeploy on " + Deployments.SERVER + "/" + Deployments.DB + ":\n  "
                + String.join("\n  ", reports));
        for (int round = 2; round <= ROUNDS; round++) {
            assertTrue(reports.get(round - 1).contains(" earlierAlive=0 "),
                    "an earlier deployment is still alive after full GCs:\n" + String.join("\n", reports));
        }
        Pattern classes = Pattern.compile("loadedClasses=(\\d+)");
        Matcher first = classes.matcher(reports.get(0));
        Matcher last = classes.matcher(reports.get(ROUNDS - 1));
        assertTrue(first.find() && last.find());
        long growth = Long.parseLong(last.group(1)) - Long.parseLong(first.group(1));
        assertTrue(growth < 3000, "loaded classes grew by " + growth + " over " + ROUNDS + " deployments:\n"
                + String.join("\n", reports));
    }

    /** Where the WAR is deployed. */
    interface Server extends AutoCloseable {
        void deploy() throws IOException;

        void undeploy() throws IOException;

        @Override
        void close() throws IOException;
    }

    /** WildFly: Arquillian deploys to the one server it started for this run. */
    record ArquillianServer(Deployer deployer) implements Server {
        @Override
        public void deploy() {
            deployer.deploy(NAME);
        }

        @Override
        public void undeploy() {
            deployer.undeploy(NAME);
        }

        @Override
        public void close() {
        }
    }

    /** Payara Micro in a JVM of its own, deploying and undeploying on command. */
    static final class PayaraServer implements Server {
        private final Process process;
        private final Writer commands;
        private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
        private final File war;

        PayaraServer() throws IOException {
            File target = new File(System.getProperty("it.testLibs", "target/test-libs")).getParentFile();
            war = new File(target, NAME + ".war");
            war().as(ZipExporter.class).exportTo(war, true);
            File control = new File(target, "payara-control/io/github/jooqcdi/it");
            control.mkdirs();
            try (var in = PayaraControl.class.getResourceAsStream("PayaraControl.class")) {
                java.nio.file.Files.copy(in, new File(control, "PayaraControl.class").toPath(),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            File root = new File(target, "redeploy-root");
            deleteTree(root);
            process = new ProcessBuilder(new File(System.getProperty("java.home"), "bin/java").getPath(),
                    "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dh2.bindAddress=127.0.0.1",
                    // what payara-micro.jar's manifest opens when it runs with -jar
                    "--add-exports=java.base/jdk.internal.ref=ALL-UNNAMED",
                    "--add-exports=jdk.naming.dns/com.sun.jndi.dns=ALL-UNNAMED",
                    "--add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED",
                    "--add-opens=java.base/jdk.internal.loader=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                    "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
                    "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                    "--add-opens=java.management/sun.management=ALL-UNNAMED",
                    "--add-opens=jdk.management/com.sun.management.internal=ALL-UNNAMED",
                    "--add-opens=java.base/sun.net.www.protocol.jrt=ALL-UNNAMED",
                    "--add-opens=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                    "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.naming/javax.naming.spi=ALL-UNNAMED",
                    "--add-opens=java.rmi/sun.rmi.transport=ALL-UNNAMED",
                    "--add-opens=java.logging/java.util.logging=ALL-UNNAMED",
                    "--add-opens=java.management/javax.management=ALL-UNNAMED",
                    "--add-opens=java.management/javax.management.openmbean=ALL-UNNAMED",
                    "-Djava.io.tmpdir=" + target.getPath(),
                    "-cp", new File(target, "payara-micro.jar").getPath() + File.pathSeparator
                    + new File(target, "payara-control").getPath(),
                    PayaraControl.class.getName(),
                    "--port", System.getProperty("it.http.port", "8380"), "--nohazelcast", "--disablephonehome",
                    "--prebootcommandfile", new File(target, "test-classes/payara-preboot.txt").getPath(),
                    "--rootdir", root.getPath())
                    .redirectErrorStream(true).start();
            commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        System.out.println(line);
                        if (line.startsWith("control: ")) {
                            answers.add(line.substring("control: ".length()));
                        }
                    }
                } catch (IOException e) {
                    answers.add("failed " + e);
                }
            }, "payara-control-output");
            reader.setDaemon(true);
            reader.start();
            expect("ready", Duration.ofSeconds(180));
        }

        @Override
        public void deploy() throws IOException {
            send("deploy " + NAME + " " + war.getAbsolutePath());
            expect("deployed true", Duration.ofSeconds(180));
        }

        @Override
        public void undeploy() throws IOException {
            send("undeploy " + NAME);
            expect("undeployed", Duration.ofSeconds(60));
        }

        @Override
        public void close() throws IOException {
            try {
                send("quit");
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroy();
                    if (!process.waitFor(10, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            } catch (IOException e) {
                process.destroyForcibly();
            }
        }

        private void send(String command) throws IOException {
            commands.write(command + "\n");
            commands.flush();
        }

        private void expect(String answer, Duration within) {
            try {
                String got = answers.poll(within.toMillis(), TimeUnit.MILLISECONDS);
                if (!answer.equals(got)) {
                    process.destroyForcibly();
                    fail("Payara Micro answered " + got + " instead of '" + answer + "' within " + within);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static void deleteTree(File file) {
            File[] children = file.listFiles();
            if (children != null) {
                for (File child : children) {
                    deleteTree(child);
                }
            }
            if (file.exists() && !file.delete()) {
                throw new UncheckedIOException(new IOException("cannot delete " + file));
            }
        }
    }
}
