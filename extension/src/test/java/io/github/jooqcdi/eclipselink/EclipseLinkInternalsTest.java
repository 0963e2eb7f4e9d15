package io.github.jooqcdi.eclipselink;

import io.github.jooqcdi.provider.InternalMember;
import jakarta.persistence.EntityManagerFactory;
import org.eclipse.persistence.Version;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The EclipseLink internals jooq-cdi uses: all in {@link EclipseLinkInternals}, all present in this EclipseLink. */
class EclipseLinkInternalsTest {

    private static final String CONVERTER_CLASS = "org.eclipse.persistence.mappings.converters.ConverterClass";

    @Test
    void theRunningEclipseLinkHasEveryMemberTheAdapterUses() {
        List<InternalMember> missing = EclipseLinkInternals.missing();
        assertTrue(missing.isEmpty(), () -> EclipseLinkInternals.message(missing));
    }

    @Test
    void aMissingMemberFailsNamingItAndTheVersionFound() {
        InternalMember bogus = InternalMember.returning(CONVERTER_CLASS, "convertEverything", "java.lang.Object");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> EclipseLinkInternals.require(List.of(bogus, InternalMember.field(CONVERTER_CLASS,
                        "attributeConverter"))));
        assertTrue(e.getMessage().contains("method " + CONVERTER_CLASS
                + "#convertEverything() returning java.lang.Object"), e.getMessage());
        assertTrue(e.getMessage().contains("EclipseLink " + Version.getVersion() + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("lacks 1 internal member(s)"), e.getMessage());
    }

    @Test
    void theAdapterFailsTheUnitAtStartupWhenAMemberIsMissing() {
        InternalMember bogus = InternalMember.field("org.eclipse.persistence.internal.sessions.UnitOfWorkImpl",
                "noSuchMap");
        EntityManagerFactory emf = ElAdapterUnit.create("el-internals");
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> new EclipseLinkAdapter(() -> EclipseLinkInternals.require(List.of(bogus))).readMapping(emf));
            assertTrue(e.getMessage().contains(bogus + ". Use the jooq-cdi build"), e.getMessage());
            assertTrue(e.getMessage().contains(Version.getVersion()), e.getMessage());
        } finally {
            emf.close();
        }
    }

    @Test
    void majorVersions() {
        assertEquals(4, EclipseLinkInternals.major("4.0.9"));
        assertEquals(5, EclipseLinkInternals.major("5.0.0.v202603230926"));
        assertEquals(0, EclipseLinkInternals.major("unknown"));
    }

    /**
     * No class of the package but {@link EclipseLinkInternals} names an internal EclipseLink class in its bytecode,
     * apart from {@code DatabaseField} and {@code DatabaseTable}, which public API hands out.
     */
    @Test
    void onlyTheSeamReferencesEclipseLinkInternals() throws IOException, URISyntaxException {
        Path classes = Path.of(EclipseLinkAdapter.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(EclipseLinkAdapter.class.getPackageName().replace('.', '/'));
        Set<String> allowed = Set.of("org/eclipse/persistence/internal/helper/DatabaseField",
                "org/eclipse/persistence/internal/helper/DatabaseTable");
        Pattern internal = Pattern.compile("org/eclipse/persistence/internal/[A-Za-z0-9_/$]+");
        Map<String, Set<String>> uses = new TreeMap<>();
        int read = 0;
        try (Stream<Path> files = Files.list(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith("EclipseLinkInternals")) {
                    continue;
                }
                read++;
                Matcher m = internal.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
                while (m.find()) {
                    if (!allowed.contains(m.group())) {
                        uses.computeIfAbsent(name, n -> new TreeSet<>()).add(m.group());
                    }
                }
            }
        }
        assertTrue(read > 10, "read " + read + " classes in " + classes);
        assertEquals(Map.of(), uses, "internal EclipseLink classes used outside EclipseLinkInternals");
    }
}
