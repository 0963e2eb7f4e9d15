package io.github.jooqcdi.provider;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * How {@link InternalMember} finds each kind of member, on classes of this test (the providers' own member lists are
 * checked against the running providers in {@code HibernateInternalsTest} and {@code EclipseLinkInternalsTest}).
 */
class InternalMemberTest {

    private static final ClassLoader LOADER = InternalMemberTest.class.getClassLoader();
    private static final String BASE = Base.class.getName();
    private static final String DERIVED = Derived.class.getName();

    @SuppressWarnings("unused") // read reflectively only
    static class Base {
        public static final String NAME = "base";
        static final String PACKAGE_NAME = "base";
        private int secret;

        private String hidden(int number, List<?> list) {
            return null;
        }
    }

    static class Derived extends Base {
    }

    @Test
    void eachKindIsFoundDeclaredOrInherited() {
        List<InternalMember> present = List.of(
                InternalMember.type(DERIVED),
                InternalMember.field(DERIVED, "secret"),
                InternalMember.method(DERIVED, "hidden", "int", "java.util.List"),
                InternalMember.returning(DERIVED, "hidden", "java.lang.String", "int", "java.util.List"),
                InternalMember.method(DERIVED, "hashCode"),
                InternalMember.constant(DERIVED, "NAME", "base"));
        assertEquals(List.of(), InternalMember.missing(present, LOADER));
    }

    @Test
    void aMemberOfAnotherNameSignatureOrValueIsMissing() {
        List<InternalMember> absent = List.of(
                InternalMember.type(BASE + "$NoSuchClass"),
                InternalMember.field(BASE, "noSuchField"),
                InternalMember.method(BASE, "noSuchMethod", "int", "java.util.List"),
                InternalMember.method(BASE, "hidden", "int", "java.util.Set"),
                InternalMember.method(BASE, "hidden", "int"),
                InternalMember.returning(BASE, "hidden", "java.lang.Object", "int", "java.util.List"),
                InternalMember.constant(BASE, "NAME", "derived"),
                InternalMember.constant(BASE, "NO_SUCH_CONSTANT", "base"),
                InternalMember.constant(BASE, "PACKAGE_NAME", "base"), // not public
                InternalMember.constant(BASE, "secret", 0)); // not static
        assertEquals(absent, InternalMember.missing(absent, LOADER));
    }

    @Test
    void oneOfIsPresentWithAnyOfItsFormsAndMissingNamingAllWithNone() {
        InternalMember real = InternalMember.type(BASE);
        InternalMember renamed = InternalMember.type(BASE + "$Renamed");
        InternalMember gone = InternalMember.method(BASE, "noSuchMethod", "java.util.Set");
        InternalMember neither = InternalMember.oneOf(renamed, gone);
        assertEquals(List.of(), InternalMember.missing(List.of(InternalMember.oneOf(real, renamed),
                InternalMember.oneOf(renamed, real)), LOADER));
        assertEquals(List.of(neither), InternalMember.missing(List.of(neither), LOADER));
        assertEquals("one of [class " + BASE + "$Renamed, method " + BASE + "#noSuchMethod(java.util.Set)]",
                neither.toString());
        assertThrows(IllegalArgumentException.class, () -> InternalMember.oneOf(real));
    }

    @Test
    void aMemberOfOlderMajorVersionsOnlyIsNotNeededOnNewerOnes() {
        InternalMember gone = InternalMember.type(BASE + "$Gone").before(5);
        assertEquals(List.of(), InternalMember.missing(List.of(gone), LOADER, 5));
        assertEquals(List.of(), InternalMember.missing(List.of(gone), LOADER, 6));
        assertEquals(List.of(gone), InternalMember.missing(List.of(gone), LOADER, 4));
        assertEquals(List.of(gone), InternalMember.missing(List.of(gone), LOADER), "an unknown version needs it");
        InternalMember always = InternalMember.type(BASE + "$Gone");
        assertEquals(List.of(always), InternalMember.missing(List.of(always), LOADER, 99));
    }

    @Test
    void eachKindSaysWhatItIs() {
        assertEquals("class " + BASE, InternalMember.type(BASE).toString());
        assertEquals("field " + BASE + "#secret", InternalMember.field(BASE, "secret").toString());
        assertEquals("method " + BASE + "#hidden(int, java.util.List)",
                InternalMember.method(BASE, "hidden", "int", "java.util.List").toString());
        assertEquals("method " + BASE + "#hidden(int, java.util.List) returning java.lang.String",
                InternalMember.returning(BASE, "hidden", "java.lang.String", "int", "java.util.List").toString());
        assertEquals("constant " + BASE + "#NAME = \"base\"", InternalMember.constant(BASE, "NAME", "base").toString());
    }
}
