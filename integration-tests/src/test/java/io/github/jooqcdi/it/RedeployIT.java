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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Deploy, use and undeploy the same WAR five times on one running server: queries work after each deployment, no
 * earlier deployment stays alive after full GCs (but the first, which JDK 17 itself may hold, see below). The loaded
 * classes and the heap after GCs are printed, not asserted (class unloading lags behind collection). A control WAR without jooq-cdi (the same unit, JPA and JAX-RS) deployed five times on the same
 * server is printed beside it. WildFly through
 * Arquillian; Payara Micro through {@link PayaraControl}, because its Arquillian adapter starts a new server per
 * deployment.
 */
@ExtendWith(ArquillianExtension.class)
class RedeployIT {

    static final String NAME = "redeploy";
    static final String CONTROL = "redeploy-control";
    static final int ROUNDS = 5;
    static final Shape SHAPE = new Shape(NAME, "annotated", false, List.of(ApplicationScopedFields.class), false,
            false, false);

    @Deployment(name = NAME, managed = false, testable = false)
    static WebArchive war() {
        return Shapes.war(SHAPE);
    }

    @Deployment(name = CONTROL, managed = false, testable = false)
    static WebArchive control() {
        return Shapes.controlWithoutJooqCdi(CONTROL);
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void fiveDeploymentsOnOneServerKeepNoEarlierOneAlive() throws Exception {
        List<String> reports = new ArrayList<>();
        List<String> control = new ArrayList<>();
        try (Server server = Deployments.SERVER.equals("payara") ? new PayaraServer() : new ArquillianServer(deployer)) {
            for (int round = 1; round <= ROUNDS; round++) {
                server.deploy(NAME);
                try {
                    Http app = new Http(Deployments.base(NAME) + "api/shape/");
                    String committed = app.post("commit?name=round" + round);
                    assertTrue(committed.startsWith("200 member "), "round " + round + ": commit answered " + committed);
                    assertEquals(1, Http.counts(app.get("counts")).get("SHAPE_MEMBER"),
                            "round " + round + ": the new deployment's fresh tables hold the one committed member");
                    reports.add(report(app, round));
                } finally {
                    server.undeploy(NAME);
                }
            }
            for (int round = 1; round <= ROUNDS; round++) {
                server.deploy(CONTROL);
                try {
                    control.add(report(new Http(Deployments.base(CONTROL) + "api/shape/"), round));
                } finally {
                    server.undeploy(CONTROL);
                }
            }
        }
        String figures = "with jooq-cdi:\n  " + String.join("\n  ", reports) + "\ncontrol WAR without jooq-cdi:\n  "
                + String.join("\n  ", control);
        System.out.println("Redeploy on " + Deployments.SERVER + "/" + Deployments.DB + ", " + figures);
        // On JDK 17 the first deployment whose record equals() was linked may stay reachable from the JDK's
        // java.lang.runtime.ObjectMethods.OBJECT_EQ (its MethodHandle.asType cache; later JDKs keep no strong reference
        // across class loaders): heap path in the closing note. One held deployment, never more, and never a later one.
        for (int round = 2; round <= ROUNDS; round++) {
            String alive = reports.get(round - 1).replaceAll(".* alive=\\[([0-9,]*)].*", "$1");
            assertTrue(alive.isEmpty() || alive.equals("1"), "round " + round + ": earlier deployments [" + alive
                    + "] are still alive after full GCs\n" + figures);
        }
    }

    private static String report(Http app, int round) {
        String report = app.get("deployments");
        assertTrue(report.startsWith("200 deployments=" + round + " "), "round " + round + ": " + report);
        return "round " + round + ": " + report.substring(4);
    }

    /** Where the WAR is deployed. */
    interface Server extends AutoCloseable {
        void deploy(String name) throws IOException;

        void undeploy(String name) throws IOException;

        @Override
        void close() throws IOException;
    }

    /** WildFly: Arquillian deploys to the one server it started for this run. */
    record ArquillianServer(Deployer deployer) implements Server {
        @Override
        public void deploy(String name) {
            deployer.deploy(name);
        }

        @Override
        public void undeploy(String name) {
            deployer.undeploy(name);
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
        private final File target;

        PayaraServer() throws IOException {
            target = new File(System.getProperty("it.testLibs", "target/test-libs")).getParentFile();
            war().as(ZipExporter.class).exportTo(new File(target, NAME + ".war"), true);
            control().as(ZipExporter.class).exportTo(new File(target, CONTROL + ".war"), true);
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
                    // what payara-micro.jar's manifest opens when it runs with -jar (an argument file)
                    "@" + new File(target, "test-classes/payara-micro-jvm.args").getPath(),
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
        public void deploy(String name) throws IOException {
            send("deploy " + name + " " + new File(target, name + ".war").getAbsolutePath());
            expect("deployed true", Duration.ofSeconds(180));
        }

        @Override
        public void undeploy(String name) throws IOException {
            send("undeploy " + name);
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
