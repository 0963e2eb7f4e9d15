package io.github.jooqcdi.it;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Optional;

/**
 * Runs the demo on Payara Micro for {@code mvn -Pdemo}: in the JVM that Maven starts (only {@code payara-micro.jar}
 * and this class on its class path; the arguments are Payara Micro's). It ends when Maven ends, however Maven ends
 * (Ctrl+C, a signal from a script or an IDE, {@code kill -9}): Maven does not pass a signal on to the process it
 * started, so this one watches its parent. A start that fails (a port in use, an application that does not deploy)
 * exits with status 1, so the build fails instead of printing BUILD SUCCESS.
 */
public final class DemoServer {

    private DemoServer() {
    }

    public static void main(String[] args) throws Exception {
        Optional<ProcessHandle> maven = ProcessHandle.current().parent();
        Thread watch = new Thread(() -> {
            while (maven.map(ProcessHandle::isAlive).orElse(true)) {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.out.println("demo: Maven is gone, stopping Payara Micro");
            System.exit(0);
        }, "demo-parent-watch");
        watch.setDaemon(true);
        watch.start();

        Object runtime;
        try {
            Class<?> launcher = Class.forName("fish.payara.micro.boot.PayaraMicroLauncher");
            Object boot = launcher.getMethod("create", String[].class).invoke(null, (Object) args);
            runtime = boot.getClass().getMethod("getRuntime").invoke(boot);
        } catch (ReflectiveOperationException | RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            System.err.println("demo: Payara Micro did not start: " + cause);
            System.exit(1);
            return;
        }
        Method names = runtime.getClass().getMethod("getDeployedApplicationNames");
        Collection<?> deployed = (Collection<?>) names.invoke(runtime);
        if (deployed == null || deployed.isEmpty()) {
            System.err.println("demo: Payara Micro started, but the demo did not deploy (see the log above)");
            System.exit(1);
        }
        System.out.println("demo: " + deployed + " deployed; stop with Ctrl+C (or by stopping Maven)");
        Thread.currentThread().join(); // Payara Micro's threads serve; this one waits for the end
    }
}
