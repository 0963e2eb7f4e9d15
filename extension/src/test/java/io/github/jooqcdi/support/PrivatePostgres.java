package io.github.jooqcdi.support;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own: {@code initdb} and {@code pg_ctl} of the machine's PostgreSQL (the newest
 * {@code /usr/lib/postgresql/<version>/bin}), a fresh cluster in a temporary directory, trust authentication for
 * {@code postgres}, listening on 127.0.0.1 only, on a spare port (never the shared 5432). As root (which
 * {@code initdb} refuses) the commands run as the {@code postgres} user through {@code runuser} or {@code su}.
 * {@link #create()} skips the test (a JUnit assumption) when any of that is missing. Every command is bounded;
 * {@link #close()} stops the server at once and deletes the directory, and so does a shutdown hook if the test
 * never gets there.
 */
public final class PrivatePostgres implements AutoCloseable {

    private static final String BINARIES = "/usr/lib/postgresql/*/bin";
    /** How long one pg_ctl or initdb run may take before the test fails. */
    private static final long COMMAND_SECONDS = 30;

    private final Path bin;
    private final List<String> runAs;
    private final Path dir;
    private final Path data;
    private final int port;
    private final Thread shutdownHook = new Thread(this::kill, "private-postgres-cleanup");

    private PrivatePostgres(Path bin, List<String> runAs, Path dir, int port) {
        this.bin = bin;
        this.runAs = runAs;
        this.dir = dir;
        this.data = dir.resolve("data");
        this.port = port;
    }

    /** A new cluster, started; skips the calling test when the machine cannot run one. */
    public static PrivatePostgres create() throws IOException, InterruptedException {
        Path bin = binaries();
        Assumptions.assumeTrue(bin != null, "skipped: no PostgreSQL server binaries (initdb, pg_ctl, postgres) in "
                + BINARIES + "; install the PostgreSQL server package to run this test");
        List<String> runAs = List.of();
        UserPrincipal owner = null;
        if (isRoot()) { // initdb and postgres refuse to run as root
            owner = postgresUser();
            Assumptions.assumeTrue(owner != null, "skipped: running as root, and there is no user postgres to run "
                    + "initdb and pg_ctl as");
            runAs = Files.isExecutable(Path.of("/usr/sbin/runuser")) ? List.of("/usr/sbin/runuser", "-u", "postgres", "--")
                    : Files.isExecutable(Path.of("/sbin/runuser")) ? List.of("/sbin/runuser", "-u", "postgres", "--")
                    : Files.isExecutable(Path.of("/bin/su")) ? List.of("/bin/su", "postgres", "-s", "/bin/sh", "-c")
                    : Files.isExecutable(Path.of("/usr/bin/su")) ? List.of("/usr/bin/su", "postgres", "-s", "/bin/sh", "-c")
                    : null;
            Assumptions.assumeTrue(runAs != null, "skipped: running as root, and neither runuser nor su is there to "
                    + "run initdb and pg_ctl as postgres");
        }
        // under /tmp: the socket path must stay short, and the postgres user must reach the directory
        Path parent = Files.isDirectory(Path.of("/tmp")) ? Path.of("/tmp") : Path.of(System.getProperty("java.io.tmpdir"));
        Path dir = Files.createTempDirectory(parent, "jooq-cdi-pg-");
        if (owner != null) {
            Files.setOwner(dir, owner);
        }
        PrivatePostgres postgres = new PrivatePostgres(bin, runAs, dir, sparePort());
        Runtime.getRuntime().addShutdownHook(postgres.shutdownHook);
        try {
            postgres.run("initdb", postgres.pg("initdb"), "-D", postgres.data.toString(), "-A", "trust",
                    "-U", "postgres", "-E", "UTF8", "--no-locale", "--no-sync");
            postgres.start();
        } catch (IOException | RuntimeException | InterruptedException e) {
            postgres.close();
            throw e;
        }
        return postgres;
    }

    public int port() {
        return port;
    }

    /**
     * The URL of {@code database}: user postgres, a connection attempt bounded by {@code connectTimeout} and every
     * read by {@code socketTimeout} (seconds), so that nothing waits for a server that is gone.
     */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database
                + "?user=postgres&connectTimeout=2&socketTimeout=5";
    }

    /** A new database (plain identifier). */
    public void createDatabase(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres")); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
    }

    /** Starts the server and returns once it accepts connections. */
    public void start() throws IOException, InterruptedException {
        run("start", pg("pg_ctl"), "-D", data.toString(), "-l", dir.resolve("server.log").toString(), "-w",
                "-t", "20", "-o", "-h 127.0.0.1 -p " + port + " -k " + dir + " -c fsync=off", "start");
    }

    /** Stops the server the way an administrator does ({@code -m fast}: clients are disconnected, their work rolled back). */
    public void stop() throws IOException, InterruptedException {
        run("stop", pg("pg_ctl"), "-D", data.toString(), "-w", "-t", "20", "-m", "fast", "stop");
    }

    /** Stops the server at once, if it runs, and deletes its directory. */
    @Override
    public void close() {
        kill();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    private void kill() {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                run("stop", pg("pg_ctl"), "-D", data.toString(), "-w", "-t", "20", "-m", "immediate", "stop");
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("PrivatePostgres: could not stop the server in " + data + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            delete(dir);
        }
    }

    private String pg(String program) {
        return bin.resolve(program).toString();
    }

    /** Runs a command (as postgres when we are root), bounded; fails with its output when it fails. */
    private void run(String what, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(runAs);
        if (!runAs.isEmpty() && runAs.get(runAs.size() - 1).equals("-c")) { // su: one shell command
            line.add(String.join(" ", Stream.of(command).map(PrivatePostgres::quote).toList()));
        } else {
            line.addAll(List.of(command));
        }
        Path output = Files.createTempFile(dir, what, ".out");
        // in our directory: the postgres user may not be allowed into the build's
        Process process = new ProcessBuilder(line).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        if (!process.waitFor(COMMAND_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(what + " did not finish in " + COMMAND_SECONDS + " s: " + line
                    + "\n" + Files.readString(output));
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(what + " failed (exit " + process.exitValue() + "): " + line + "\n"
                    + Files.readString(output) + logTail());
        }
    }

    private String logTail() {
        try {
            List<String> log = Files.readAllLines(dir.resolve("server.log"));
            return "server.log:\n" + String.join("\n", log.subList(Math.max(0, log.size() - 20), log.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** The newest PostgreSQL bin directory with initdb, pg_ctl and postgres, or null. */
    static Path binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return null;
        }
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> versions = Files.newDirectoryStream(root)) {
            for (Path version : versions) {
                Path bin = version.resolve("bin");
                if (Stream.of("initdb", "pg_ctl", "postgres").allMatch(p -> Files.isExecutable(bin.resolve(p)))) {
                    found.add(bin);
                }
            }
        } catch (IOException e) {
            return null;
        }
        return found.stream().max(Comparator.comparing((Path p) -> versionNumber(p.getParent().getFileName().toString()))
                .thenComparing(Path::toString)).orElse(null);
    }

    private static int versionNumber(String name) {
        try {
            return Integer.parseInt(name.replaceAll("[^0-9].*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Whether this process runs as uid 0 (the owner of /proc/self is the process's user). */
    private static boolean isRoot() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static UserPrincipal postgresUser() {
        try {
            return Path.of("/").getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** A port nothing listens on right now (127.0.0.1). */
    private static int sparePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("PrivatePostgres: could not delete " + dir + ": " + e.getMessage());
        }
    }
}
