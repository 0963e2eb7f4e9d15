package io.github.jooqcdi.it;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;

/**
 * One Payara Micro that deploys and undeploys on command, for the redeploy test (Payara Micro's Arquillian adapter
 * starts a new server for every deployment). Run in a JVM of its own with only {@code payara-micro.jar} and this class
 * on the class path; the arguments are Payara Micro's. Reads {@code deploy <name> <war>}, {@code undeploy <name>} and
 * {@code quit} from standard input and answers each on a line that starts with {@code control:}. Payara's API is
 * called reflectively: the test module does not compile against Payara Micro.
 */
public final class PayaraControl {

    private PayaraControl() {
    }

    public static void main(String[] args) throws Exception {
        Class<?> launcher = Class.forName("fish.payara.micro.boot.PayaraMicroLauncher");
        Object boot = launcher.getMethod("create", String[].class).invoke(null, (Object) args);
        Object runtime = boot.getClass().getMethod("getRuntime").invoke(boot);
        Method deploy = runtime.getClass().getMethod("deploy", String.class, String.class, File.class);
        Method undeploy = runtime.getClass().getMethod("undeploy", String.class);
        answer("ready");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] command = line.trim().split(" ");
            try {
                switch (command[0]) {
                    case "deploy" -> answer("deployed " + deploy.invoke(runtime, command[1], command[1],
                            new File(command[2])));
                    case "undeploy" -> {
                        undeploy.invoke(runtime, command[1]);
                        answer("undeployed");
                    }
                    case "quit" -> {
                        answer("bye");
                        System.exit(0);
                    }
                    default -> answer("unknown command " + line);
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                answer("failed " + e);
            }
        }
        System.exit(0);
    }

    private static void answer(String text) {
        System.out.println("control: " + text);
        System.out.flush();
    }
}
