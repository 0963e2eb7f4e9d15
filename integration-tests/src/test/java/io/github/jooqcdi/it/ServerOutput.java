package io.github.jooqcdi.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What the server printed while something ran: Payara Micro's Arquillian adapter copies Micro's output to this JVM's
 * standard output and reports a failed deployment only there.
 */
final class ServerOutput implements AutoCloseable {

    private final PrintStream original = System.out;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    private ServerOutput() {
    }

    /** Starts capturing (and still printing) standard output. */
    static ServerOutput capture() {
        ServerOutput output = new ServerOutput();
        System.setOut(new PrintStream(new Tee(output.original, output.captured), true, StandardCharsets.UTF_8));
        return output;
    }

    /** Everything printed since {@link #capture()}. */
    String text() {
        System.out.flush();
        return captured.toString(StandardCharsets.UTF_8);
    }

    /** Whether what was printed satisfies {@code done} within 5 s (the server's output reaches us with a delay). */
    boolean await(java.util.function.Predicate<String> done) {
        long end = System.nanoTime() + java.time.Duration.ofSeconds(5).toNanos();
        while (!done.test(text())) {
            if (System.nanoTime() > end) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** The last {@code chars} characters printed: for an assertion message. */
    String tail(int chars) {
        String text = text();
        return text.length() <= chars ? text : text.substring(text.length() - chars);
    }

    @Override
    public void close() {
        System.setOut(original);
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
        public void write(int c) throws IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] buf, int off, int len) throws IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }
    }
}
