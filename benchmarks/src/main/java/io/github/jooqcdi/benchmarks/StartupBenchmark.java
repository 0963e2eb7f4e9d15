package io.github.jooqcdi.benchmarks;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.metadata.MappingModel;
import io.github.jooqcdi.provider.JpaProviderAdapter;
import io.github.jooqcdi.provider.JpaProviderAdapters;
import io.github.jooqcdi.tables.EntityTablesBuilder;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.spi.PersistenceProvider;
import org.jooq.SQLDialect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Startup cost of jooq-cdi's metadata against the unit's {@link EntityManagerFactory} bootstrap, for N generated
 * entities ({@link GeneratedEntities}) on in-memory H2.
 * <p>
 * What is timed, in one JVM per provider and N:
 * <ol>
 *   <li><b>EMF bootstrap</b>: {@code PersistenceProvider.createContainerEntityManagerFactory} with a
 *       {@link GeneratedUnit} plus the first {@code createEntityManager()} (EclipseLink deploys the unit there);</li>
 *   <li><b>metadata</b>: what {@code JooqUnitBuilder.build} does to get the unit's tables:
 *       {@code adapter.readMapping(emf)} (read the provider's runtime mapping) and
 *       {@code EntityTablesBuilder.build(...)} (the jOOQ tables). <i>Cold</i> is the first build in the JVM,
 *       <i>warm</i> the median of the next builds;</li>
 *   <li><b>EMF again</b>: a second bootstrap of the same classes in the same JVM, for scale of the warm figures.</li>
 * </ol>
 * Each figure is wall-clock time and, in brackets, the CPU time of the thread that ran it (the providers bootstrap and
 * jooq-cdi builds on the calling thread): on a shared machine the CPU time is the steadier of the two.
 * A plain {@code main}, not JMH: the cold figure is one call that must follow the EMF bootstrap in a fresh JVM, and
 * the interesting output is the ratio of the two in one table; without arguments it runs each (provider, N) in a
 * fresh JVM of its own and prints that table:
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.jooqcdi.benchmarks.StartupBenchmark [--n 100,1000]
 *      [--providers hibernate,eclipselink] [--warm 10] [--schema none|drop-and-create] [--jvm "-Xmx1g ..."]
 * </pre>
 * {@code --one PROVIDER N} runs one measurement in this JVM (what each fork runs; handy under a profiler).
 * Nothing here is asserted about time.
 */
public final class StartupBenchmark {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** The two providers, as a container instantiates them. */
    enum Jpa {
        hibernate("org.hibernate.jpa.HibernatePersistenceProvider", org.hibernate.jpa.HibernatePersistenceProvider::new),
        eclipselink("org.eclipse.persistence.jpa.PersistenceProvider", org.eclipse.persistence.jpa.PersistenceProvider::new);

        final String providerClass;
        final Supplier<PersistenceProvider> provider;

        Jpa(String providerClass, Supplier<PersistenceProvider> provider) {
            this.providerClass = providerClass;
            this.provider = provider;
        }
    }

    /** Wall-clock and this thread's CPU time of one step, in ms. */
    record Time(double wall, double cpu) {

        static Time since(long wallStart, long cpuStart) {
            return new Time((System.nanoTime() - wallStart) / 1e6, (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e6);
        }

        static Time median(List<Time> times) {
            return new Time(StartupBenchmark.median(times.stream().mapToDouble(Time::wall).toArray()),
                    StartupBenchmark.median(times.stream().mapToDouble(Time::cpu).toArray()));
        }

        String cell(String format) {
            return (format + " (" + format + ")").formatted(wall, cpu);
        }
    }

    /**
     * One measurement.
     *
     * @param entities the generated entities (with the tables they map)
     * @param tables   the last metadata built
     * @param emf      first EMF bootstrap in the JVM
     * @param cold     first metadata build in the JVM
     * @param warm     median of the further builds (NaN when there are none)
     * @param emfAgain a second EMF bootstrap (NaN when not run)
     */
    record Result(Jpa jpa, int n, GeneratedEntities entities, EntityTables tables, Time emf, Time cold, Time warm,
                  Time emfAgain) {

        String row() {
            return "| %s | %d | %d | %d | %s | %s | %s | %s | %s | %s |".formatted(jpa, n, entities.classes().size(),
                    tables.all().size(), emf.cell("%.0f"), cold.cell("%.0f"), warm.cell("%.1f"),
                    new Time(100 * cold.wall / emf.wall, 100 * cold.cpu / emf.cpu).cell("%.1f"),
                    new Time(100 * warm.wall / emf.wall, 100 * warm.cpu / emf.cpu).cell("%.2f"), emfAgain.cell("%.0f"));
        }
    }

    static final String HEADER = """
            | provider | N | entities | tables | EMF bootstrap ms | metadata cold ms | metadata warm ms (median) \
            | cold ratio % | warm ratio % | EMF again ms |
            |---|---|---|---|---|---|---|---|---|---|""";

    private StartupBenchmark() {
    }

    /**
     * Generates {@code n} entities, bootstraps their unit on {@code jpa}, builds the metadata once cold and
     * {@code warm} more times; with {@code emfAgain}, bootstraps a second factory of the same classes at the end.
     */
    static Result measure(Jpa jpa, int n, int warm, String schemaAction, boolean emfAgain) {
        GeneratedEntities entities = GeneratedEntities.generate(n);
        String unit = "startup-" + jpa + "-" + n;
        long wall = System.nanoTime();
        long cpu = CPU.getCurrentThreadCpuTime();
        EntityManagerFactory emf = bootstrap(jpa, GeneratedUnit.of(unit.replace('-', '_'), jpa, entities, schemaAction));
        Time emfTime = Time.since(wall, cpu);
        try {
            JpaProviderAdapter adapter = JpaProviderAdapters.detect(emf).orElseThrow();
            SQLDialect dialect = adapter.dialect(emf).orElse(SQLDialect.H2);

            wall = System.nanoTime();
            cpu = CPU.getCurrentThreadCpuTime();
            EntityTables tables = metadata(unit, adapter, emf, dialect);
            Time cold = Time.since(wall, cpu);
            List<Time> warmTimes = new ArrayList<>();
            for (int i = 0; i < warm; i++) {
                wall = System.nanoTime();
                cpu = CPU.getCurrentThreadCpuTime();
                tables = metadata(unit, adapter, emf, dialect);
                warmTimes.add(Time.since(wall, cpu));
            }
            Time again = new Time(Double.NaN, Double.NaN);
            if (emfAgain) {
                wall = System.nanoTime();
                cpu = CPU.getCurrentThreadCpuTime();
                EntityManagerFactory second = bootstrap(jpa,
                        GeneratedUnit.of(unit.replace('-', '_') + "_again", jpa, entities, schemaAction));
                again = Time.since(wall, cpu);
                second.close();
            }
            return new Result(jpa, n, entities, tables, emfTime, cold, Time.median(warmTimes), again);
        } finally {
            emf.close();
        }
    }

    /** Exactly the metadata part of {@code JooqUnitBuilder.build}: read the provider's mapping, build the tables. */
    static EntityTables metadata(String unit, JpaProviderAdapter adapter, EntityManagerFactory emf, SQLDialect dialect) {
        MappingModel model = adapter.readMapping(emf);
        return EntityTablesBuilder.build(unit, dialect, model, List.of());
    }

    /** The container's call, with the unit's loader as context loader, and the first entity manager. */
    private static EntityManagerFactory bootstrap(Jpa jpa, GeneratedUnit unit) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(unit.getClassLoader());
        try {
            EntityManagerFactory emf = jpa.provider.get().createContainerEntityManagerFactory(unit, Map.of());
            emf.createEntityManager().close();
            return emf;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        List<String> a = Arrays.asList(args);
        int warm = Integer.parseInt(option(a, "--warm", "10"));
        String schema = option(a, "--schema", "none");
        int one = a.indexOf("--one");
        if (one >= 0) {
            Result r = measure(Jpa.valueOf(a.get(one + 1)), Integer.parseInt(a.get(one + 2)), warm, schema, true);
            System.out.println("RESULT " + r.row());
            return;
        }
        List<String> rows = new ArrayList<>();
        for (String n : option(a, "--n", "100,1000").split(",")) {
            for (String jpa : option(a, "--providers", "hibernate,eclipselink").split(",")) {
                rows.add(fork(jpa, n, warm, schema, option(a, "--jvm", "")));
            }
        }
        System.out.printf("%nschema generation: %s; warm = median of %d builds; JDK %s, %d cores; each figure: wall-clock "
                + "(CPU time of the thread)%n%n%s%n", schema, warm,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), HEADER);
        rows.forEach(System.out::println);
    }

    /** Runs {@code --one jpa n} in a fresh JVM on this classpath and returns its table row. */
    private static String fork(String jpa, String n, int warm, String schema, String jvmOptions)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"));
        if (!jvmOptions.isBlank()) {
            command.addAll(List.of(jvmOptions.trim().split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), StartupBenchmark.class.getName(),
                "--one", jpa, n, "--warm", String.valueOf(warm), "--schema", schema));
        System.out.println("# fork: " + jpa + ", N = " + n);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String row = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
            for (String line; (line = out.readLine()) != null; ) {
                System.out.println(line);
                if (line.startsWith("RESULT ")) {
                    row = line.substring("RESULT ".length());
                }
            }
        }
        int exit = process.waitFor();
        return row != null ? row : "| " + jpa + " | " + n + " | failed (exit " + exit + "), see the fork's output above |";
    }

    private static String option(List<String> args, String name, String otherwise) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : otherwise;
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
