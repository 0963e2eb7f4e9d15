package io.github.jooqcdi.hibernate;

import io.github.jooqcdi.provider.InternalMember;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.hibernate.Version;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Hibernate internals jooq-cdi uses ({@link HibernateInternals} of this build's platform line) are all in the
 * Hibernate the tests run on; a missing one is named, with both versions, when the adapter builds a unit.
 */
class HibernateInternalsTest {

    private static final ClassLoader HIBERNATE = SessionFactoryImplementor.class.getClassLoader();

    @Test
    void everyInternalMemberIsInTheRunningHibernate() {
        List<InternalMember> missing = HibernateInternals.missing();
        assertTrue(missing.isEmpty(), () -> "Hibernate ORM " + Version.getVersionString() + " lacks "
                + missing.size() + " of the members HibernateInternals (built for " + HibernateInternals.BUILT_FOR
                + ") uses:" + missing.stream().map(m -> "\n  " + m).collect(Collectors.joining()));
    }

    @Test
    void builtForTheRunningHibernateLine() {
        assertTrue(Version.getVersionString().startsWith(HibernateInternals.BUILT_FOR + "."),
                () -> "HibernateInternals says it is built for " + HibernateInternals.BUILT_FOR
                        + ", the tests run Hibernate ORM " + Version.getVersionString());
    }

    @Test
    void theListHasEveryKindOfMemberItChecks() {
        Set<InternalMember.Kind> kinds = EnumSet.noneOf(InternalMember.Kind.class);
        HibernateInternals.members().forEach(m -> {
            kinds.add(m.kind());
            m.alternatives().forEach(a -> kinds.add(a.kind()));
        });
        kinds.remove(InternalMember.Kind.CLASS);
        kinds.remove(InternalMember.Kind.ONE_OF);
        assertEquals(EnumSet.of(InternalMember.Kind.METHOD, InternalMember.Kind.FIELD, InternalMember.Kind.CONSTANT),
                kinds);
    }

    @Test
    void aUnitFailsAtStartupNamingTheMissingMemberAndBothVersions() {
        InternalMember missing = InternalMember.method("org.hibernate.internal.FilterImpl", "noSuchMethod",
                "java.lang.String");
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("hb-adapter-tenant");
        try {
            HibernateAdapter adapter = new HibernateAdapter(() -> InternalMember.missing(List.of(missing), HIBERNATE));
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> adapter.readMapping(emf));
            String message = e.getMessage();
            assertTrue(message.contains("'hb-adapter-tenant'"), message);
            assertTrue(message.contains("org.hibernate.internal.FilterImpl#noSuchMethod(java.lang.String)"), message);
            assertTrue(message.contains("Hibernate ORM " + Version.getVersionString()), message);
            assertTrue(message.contains("built for Hibernate ORM " + HibernateInternals.BUILT_FOR), message);
            new HibernateAdapter().readMapping(emf); // the running Hibernate has them all
        } finally {
            emf.close();
        }
    }
}
