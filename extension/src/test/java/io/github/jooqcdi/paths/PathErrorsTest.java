package io.github.jooqcdi.paths;

import io.github.jooqcdi.EntityTables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What {@code path(...)} and {@code field(pathTable, attribute)} refuse, and what they say, on both providers. */
class PathErrorsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"paths-el", "paths-hb"})
    void aBasicAttributeIsNoAssociation(String unit) {
        EntityTables t = PathUnits.unit(unit).tables();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.path(Loan_.id));
        assertEquals("Attribute Loan.id is not an association of entity Loan (it maps a column: use field(...)); "
                + "closest associations: item, patron, guarantor", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"paths-el", "paths-hb"})
    void anUnknownNameGetsTheClosestAssociations(String unit) {
        EntityTables t = PathUnits.unit(unit).tables();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> t.path(Loan.class, "item.auhtors"));
        assertEquals("Entity Item has no association 'auhtors' (in path 'item.auhtors' of Loan); closest "
                + "associations: authors, donor, shelf", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"paths-el", "paths-hb"})
    void anAttributeOfAnotherEntityCannotFollow(String unit) {
        EntityTables t = PathUnits.unit(unit).tables();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> t.path(Loan_.item, Patron_.notes));
        assertTrue(e.getMessage().startsWith("Attribute Patron.notes cannot follow a path that reached Item: it "
                + "belongs to Patron"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"paths-el", "paths-hb"})
    void anElementCollectionEndsAPath(String unit) {
        EntityTables t = PathUnits.unit(unit).tables();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> t.path(Patron.class, "phones.number"));
        assertTrue(e.getMessage().contains("continues after an element collection"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"paths-el", "paths-hb"})
    void theSamePathIsTheSameTable(String unit) {
        EntityTables t = PathUnits.unit(unit).tables();
        assertSame(t.path(Loan_.item, Book_.authors), t.path(Loan.class, "item.authors"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"paths-el", "paths-hb"})
    void aFieldOfAnotherEntityIsRefused(String unit) {
        EntityTables t = PathUnits.unit(unit).tables();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> t.field(t.path(Loan_.patron), Author_.name));
        assertTrue(e.getMessage().startsWith("Attribute Author.name cannot follow a path that reached Patron"),
                e.getMessage());
    }
}
