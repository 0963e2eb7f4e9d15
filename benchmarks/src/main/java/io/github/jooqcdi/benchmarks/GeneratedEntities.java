package io.github.jooqcdi.benchmarks;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * N JPA entity classes written as Java source to a temporary folder, compiled in-process and loaded by their own class
 * loader. Entity {@code i} is class {@code gen.E0001} (i = 1) on table {@code E0001}; every name is explicit, so both
 * providers map the same tables. In each cycle of 25 entities, by position {@code p = i % 25}:
 * <ul>
 *   <li>the id: a sequence ({@code i % 3 == 0}), an identity column ({@code 1}) or assigned ({@code 2});</li>
 *   <li>4 to 8 basic columns: name (String, length), amount (BigDecimal 12,2), due (LocalDate), quantity (Integer),
 *       then by {@code i % 5} active (boolean), status (enum), code (String 3, not null), updated (LocalDateTime);</li>
 *   <li>a lazy {@code @ManyToOne} to an earlier entity, except the first of a cycle and subclasses (eager, the
 *       default, makes Hibernate build loaders that join the whole chain of earlier entities: minutes for 1,000);</li>
 *   <li>{@code p = 3}: root of a hierarchy (JOINED in even cycles, SINGLE_TABLE in odd ones), {@code p = 4, 5} its
 *       subclasses;</li>
 *   <li>{@code p = 6}: a unidirectional {@code @OneToMany} with a join table; {@code p = 9, 22}: a {@code @ManyToMany}
 *       with a join table; {@code p = 7, 20}: an {@code @ElementCollection} of strings; {@code p = 8, 18}: an
 *       {@code @Embedded} address.</li>
 * </ul>
 *
 * @param loader      loads the generated classes ({@code gen.*})
 * @param classes     the entity class names, in order
 * @param tables      the tables they map (entity, join and collection tables), upper case
 * @param directory   the folder of the classes: the unit's root
 */
record GeneratedEntities(URLClassLoader loader, List<String> classes, Set<String> tables, Path directory) {

    private static final int CYCLE = 25;

    /** Writes, compiles and loads {@code n} entities (and their enum and embeddable). */
    static GeneratedEntities generate(int n) {
        try {
            Path dir = Files.createTempDirectory("jooq-cdi-startup-" + n + "-");
            Path pkg = Files.createDirectories(dir.resolve("gen"));
            List<Path> sources = new ArrayList<>();
            List<String> classes = new ArrayList<>();
            Set<String> tables = new LinkedHashSet<>();
            sources.add(write(pkg, "Status", "public enum Status { NEW, ACTIVE, CLOSED }\n"));
            sources.add(write(pkg, "Address", """
                    @Embeddable
                    public class Address {
                        @Column(name = "STREET", length = 80) String street;
                        @Column(name = "CITY", length = 40) String city;
                        @Column(name = "ZIP", length = 10) String zip;
                    }
                    """));
            for (int i = 1; i <= n; i++) {
                sources.add(write(pkg, name(i), source(i, tables)));
                classes.add("gen." + name(i));
            }
            compile(dir, sources);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            URLClassLoader loader = new URLClassLoader("generated-entities-" + n, new URL[]{dir.toUri().toURL()},
                    GeneratedEntities.class.getClassLoader());
            return new GeneratedEntities(loader, classes, tables, dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new loader of the same classes, for a provider's {@code getNewTempClassLoader}. */
    ClassLoader newTempLoader() {
        try {
            return new URLClassLoader(new URL[]{directory.toUri().toURL()}, GeneratedEntities.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String name(int i) {
        return "E%04d".formatted(i);
    }

    private static String source(int i, Set<String> tables) {
        int p = i % CYCLE;
        int cycle = i / CYCLE;
        String name = name(i);
        StringBuilder s = new StringBuilder();
        if (p == 4 || p == 5) {
            return subclass(i, i - p + 3, cycle % 2 == 0, tables);
        }
        s.append("@Entity\n@Table(name = \"").append(name).append("\")\n");
        tables.add(name);
        if (p == 3) {
            boolean joined = cycle % 2 == 0;
            s.append("@Inheritance(strategy = InheritanceType.").append(joined ? "JOINED" : "SINGLE_TABLE").append(")\n")
                    .append("@DiscriminatorColumn(name = \"KIND\", length = 10)\n")
                    .append("@DiscriminatorValue(\"ROOT\")\n");
        }
        s.append("public class ").append(name).append(" {\n");
        switch (i % 3) {
            case 0 -> s.append("    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"G_").append(name).append("\")\n")
                    .append("    @SequenceGenerator(name = \"G_").append(name).append("\", sequenceName = \"SEQ_").append(name)
                    .append("\", allocationSize = 50)\n");
            case 1 -> s.append("    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)\n");
            default -> s.append("    @Id\n");
        }
        s.append("    @Column(name = \"ID\") Long id;\n")
                .append("    @Column(name = \"NAME\", length = ").append(40 + i % 5 * 20).append(", nullable = false) String name;\n")
                .append("    @Column(name = \"AMOUNT\", precision = 12, scale = 2) BigDecimal amount;\n")
                .append("    @Column(name = \"DUE_DATE\") LocalDate due;\n")
                .append("    @Column(name = \"QUANTITY\") Integer quantity;\n");
        String[] extra = {
                "    @Column(name = \"ACTIVE\") boolean active;\n",
                "    @Enumerated(EnumType.STRING) @Column(name = \"STATUS\", length = 10) Status status;\n",
                "    @Column(name = \"CODE\", length = 3, nullable = false) String code;\n",
                "    @Column(name = \"UPDATED\") LocalDateTime updated;\n"};
        for (int k = 0; k < i % 5; k++) {
            s.append(extra[k]);
        }
        if (p != 0 && i > 1) {
            s.append("    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = \"PARENT_ID\") ").append(name(earlier(i, 1))).append(" parent;\n");
        }
        if (p == 6) {
            String join = name + "_ITEMS";
            tables.add(join);
            s.append("    @OneToMany @JoinTable(name = \"").append(join)
                    .append("\", joinColumns = @JoinColumn(name = \"OWNER_ID\"), inverseJoinColumns = @JoinColumn(name = \"ITEM_ID\"))\n")
                    .append("    List<").append(name(earlier(i, 2))).append("> items;\n");
        }
        if (p == 9 || p == 22) {
            String join = name + "_TAGS";
            tables.add(join);
            s.append("    @ManyToMany @JoinTable(name = \"").append(join)
                    .append("\", joinColumns = @JoinColumn(name = \"OWNER_ID\"), inverseJoinColumns = @JoinColumn(name = \"TAG_ID\"))\n")
                    .append("    Set<").append(name(earlier(i, 3))).append("> tags;\n");
        }
        if (p == 7 || p == 20) {
            String collection = name + "_LABELS";
            tables.add(collection);
            s.append("    @ElementCollection @CollectionTable(name = \"").append(collection)
                    .append("\", joinColumns = @JoinColumn(name = \"OWNER_ID\"))\n")
                    .append("    @Column(name = \"LABEL\", length = 40) Set<String> labels;\n");
        }
        if (p == 8 || p == 18) {
            s.append("    @Embedded Address address;\n");
        }
        return s.append("}\n").toString();
    }

    /** A subclass of the hierarchy's root with two columns of its own (named apart, for SINGLE_TABLE). */
    private static String subclass(int i, int root, boolean joined, Set<String> tables) {
        String name = name(i);
        StringBuilder s = new StringBuilder("@Entity\n");
        if (joined) {
            s.append("@Table(name = \"").append(name).append("\")\n");
            tables.add(name);
        }
        return s.append("@DiscriminatorValue(\"").append(name).append("\")\n")
                .append("public class ").append(name).append(" extends ").append(name(root)).append(" {\n")
                .append("    @Column(name = \"NOTE_").append(i).append("\", length = 200) String note;\n")
                .append("    @Column(name = \"LEVEL_").append(i).append("\") Integer level;\n")
                .append("}\n").toString();
    }

    /** An earlier entity, at most 20 back, varied by {@code salt}. */
    private static int earlier(int i, int salt) {
        return i - 1 - (i * 7 + salt) % Math.min(i - 1, 20);
    }

    private static Path write(Path pkg, String simpleName, String body) throws IOException {
        String source = """
                package gen;

                import jakarta.persistence.*;
                import java.math.BigDecimal;
                import java.time.LocalDate;
                import java.time.LocalDateTime;
                import java.util.List;
                import java.util.Set;

                """ + body;
        return Files.writeString(pkg.resolve(simpleName + ".java"), source);
    }

    /** Compiles with the JDK's compiler, against the JPA API this class runs with. */
    private static void compile(Path dir, List<Path> sources) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("No Java compiler in this runtime: run the benchmark with a JDK");
        }
        String jpa = Path.of(codeSource(jakarta.persistence.Entity.class)).toString();
        List<String> args = new ArrayList<>(List.of("-proc:none", "-nowarn", "-classpath", jpa, "-d", dir.toString()));
        sources.forEach(p -> args.add(p.toString()));
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        if (compiler.run(null, null, errors, args.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("Generated entities do not compile:\n" + errors);
        }
    }

    private static void delete(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }

    private static java.net.URI codeSource(Class<?> type) {
        try {
            return type.getProtectionDomain().getCodeSource().getLocation().toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
