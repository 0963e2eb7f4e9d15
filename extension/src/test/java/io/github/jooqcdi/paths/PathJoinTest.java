package io.github.jooqcdi.paths;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.PathTable;
import io.github.jooqcdi.paths.PathUnits.PathUnit;
import jakarta.persistence.EntityManager;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.Table;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Issue 16, item 1: for every kind of association, the rows of a jOOQ path join (no {@code ON}) or implicit join
 * equal the rows of the JPQL join over the same association, on EclipseLink and Hibernate, on H2 and PostgreSQL.
 * Rows are compared as sorted id tuples; each case also checks that it has rows, so that two empty results never pass.
 */
class PathJoinTest {

    /** A case: the jOOQ query over the unit's tables, and the JPQL query that must return the same rows. */
    private record Case(BiFunction<EntityTables, DSLContext, ResultQuery<?>> jooq, String jpql) {
    }

    private static final Map<String, Case> CASES = new LinkedHashMap<>();

    static {
        // to-one: a many-to-one to a JOINED root, a many-to-one, a one-to-one (owning)
        CASES.put("many-to-one Loan.item", new Case((t, dsl) -> {
            PathTable item = t.path(Loan_.item);
            return dsl.select(t.field(Loan_.id), t.field(item, Item_.id)).from(t.table(Loan.class)).join(item);
        }, "select l.id, i.id from Loan l join l.item i"));
        CASES.put("many-to-one Loan.patron", new Case((t, dsl) -> {
            PathTable patron = t.path(Loan_.patron);
            return dsl.select(t.field(Loan_.id), t.field(patron, Patron_.id)).from(t.table(Loan.class)).join(patron);
        }, "select l.id, p.id from Loan l join l.patron p"));
        CASES.put("many-to-one Loan.guarantor (a second key to the same table)", new Case((t, dsl) -> {
            PathTable guarantor = t.path(Loan_.guarantor);
            return dsl.select(t.field(Loan_.id), t.field(guarantor, Patron_.id)).from(t.table(Loan.class))
                    .join(guarantor);
        }, "select l.id, g.id from Loan l join l.guarantor g"));
        CASES.put("the same path joined twice under two aliases", new Case((t, dsl) -> {
            PathTable first = t.path(Loan_.patron).as("p1");
            PathTable second = t.path(Loan_.patron).as("p2");
            return dsl.select(t.field(Loan_.id), t.field(first, Patron_.id), t.field(second, Patron_.name))
                    .from(t.table(Loan.class)).join(first).join(second);
        }, "select l.id, a.id, b.name from Loan l join l.patron a join l.patron b"));
        CASES.put("one-to-one Card.patron", new Case((t, dsl) -> {
            PathTable patron = t.path(Card_.patron);
            return dsl.select(t.field(Card_.id), t.field(patron, Patron_.id)).from(t.table(Card.class)).join(patron);
        }, "select c.id, p.id from Card c join c.patron p"));
        CASES.put("one-to-one sharing the primary key Badge.patron", new Case((t, dsl) -> {
            PathTable patron = t.path(Badge_.patron);
            return dsl.select(t.field(Badge_.colour), t.field(patron, Patron_.name)).from(t.table(Badge.class))
                    .join(patron);
        }, "select b.colour, p.name from Badge b join b.patron p"));
        // the inverse sides: one-to-one and one-to-many with mappedBy
        CASES.put("one-to-one mappedBy Patron.card", new Case((t, dsl) -> {
            PathTable card = t.path(Patron_.card);
            return dsl.select(t.field(Patron_.id), t.field(card, Card_.id)).from(t.table(Patron.class)).join(card);
        }, "select p.id, c.id from Patron p join p.card c"));
        CASES.put("one-to-many mappedBy Patron.loans", new Case((t, dsl) -> {
            PathTable loans = t.path(Patron_.loans);
            return dsl.select(t.field(Patron_.id), t.field(loans, Loan_.id)).from(t.table(Patron.class)).join(loans);
        }, "select p.id, l.id from Patron p join p.loans l"));
        CASES.put("unidirectional one-to-many Patron.notes", new Case((t, dsl) -> {
            PathTable notes = t.path(Patron_.notes);
            return dsl.select(t.field(Patron_.id), t.field(notes, Note_.id)).from(t.table(Patron.class)).join(notes);
        }, "select p.id, n.id from Patron p join p.notes n"));
        CASES.put("one-to-many with a join table Patron.favorites", new Case((t, dsl) -> {
            PathTable favorites = t.path(Patron_.favorites);
            return dsl.select(t.field(Patron_.id), t.field(favorites, Item_.title)).from(t.table(Patron.class))
                    .join(favorites);
        }, "select p.id, f.title from Patron p join p.favorites f"));
        CASES.put("left join keeps rows without a partner Patron.card", new Case((t, dsl) -> {
            PathTable card = t.path(Patron_.card);
            return dsl.select(t.field(Patron_.id), t.field(card, Card_.id)).from(t.table(Patron.class))
                    .leftJoin(card);
        }, "select p.id, c.id from Patron p left join p.card c"));
        CASES.put("element collection Patron.phones", new Case((t, dsl) -> {
            PathTable phones = t.path(Patron_.phones);
            return dsl.select(t.field(Patron_.id), phones.field("PHONE")).from(t.table(Patron.class)).join(phones);
        }, "select p.id, ph from Patron p join p.phones ph"));
        // many-to-many through the join table, from both sides
        CASES.put("many-to-many Book.authors", new Case((t, dsl) -> {
            PathTable authors = t.path(Book_.authors);
            return dsl.select(t.field(t.table(Book.class), Item_.id), t.field(authors, Author_.id)).from(t.table(Book.class)).join(authors);
        }, "select b.id, a.id from Book b join b.authors a"));
        CASES.put("many-to-many mappedBy Author.books", new Case((t, dsl) -> {
            PathTable books = t.path(Author_.books);
            return dsl.select(t.field(Author_.id), t.field(books, Item_.id)).from(t.table(Author.class)).join(books);
        }, "select a.id, b.id from Author a join a.books b"));
        // composite keys, both directions
        CASES.put("many-to-one to a composite key Book.shelf", new Case((t, dsl) -> {
            PathTable shelf = t.path(Book_.shelf);
            return dsl.select(t.field(t.table(Book.class), Item_.id), t.field(shelf, Shelf_.room), t.field(shelf, Shelf_.number))
                    .from(t.table(Book.class)).join(shelf);
        }, "select b.id, s.room, s.number from Book b join b.shelf s"));
        CASES.put("one-to-many from a composite key Shelf.books", new Case((t, dsl) -> {
            PathTable books = t.path(Shelf_.books);
            return dsl.select(t.field(Shelf_.room), t.field(Shelf_.number), t.field(books, Item_.id))
                    .from(t.table(Shelf.class)).join(books);
        }, "select s.room, s.number, b.id from Shelf s join s.books b"));
        // JOINED inheritance: a subclass's associations from a path to the root, the root's from a subclass
        CASES.put("JOINED subclass many-to-many Loan.item, Book.authors", new Case((t, dsl) -> {
            PathTable authors = t.path(Loan_.item, Book_.authors);
            return dsl.select(t.field(Loan_.id), t.field(authors, Author_.id)).from(t.table(Loan.class)).join(authors);
        }, "select l.id, a.id from Loan l join treat(l.item as Book) b join b.authors a"));
        CASES.put("JOINED subclass to-one by name \"item.shelf\"", new Case((t, dsl) -> {
            PathTable shelf = t.path(Loan.class, "item.shelf");
            return dsl.select(t.field(Loan_.id), t.field(shelf, Shelf_.label)).from(t.table(Loan.class)).join(shelf);
        }, "select l.id, s.label from Loan l join treat(l.item as Book) b join b.shelf s"));
        CASES.put("JOINED root's to-one from a subclass path Shelf.books, Item.donor", new Case((t, dsl) -> {
            PathTable donor = t.path(Shelf_.books, Item_.donor);
            return dsl.select(t.field(Shelf_.room), t.field(Shelf_.number), t.field(donor, Patron_.id))
                    .from(t.table(Shelf.class)).join(donor);
        }, "select s.room, s.number, d.id from Shelf s join s.books b join b.donor d"));
        CASES.put("two to-many steps by name \"loans.item\" then the patron's phones", new Case((t, dsl) -> {
            PathTable items = t.path(Patron.class, "loans.item");
            return dsl.select(t.field(Patron_.id), t.field(items, Item_.title)).from(t.table(Patron.class)).join(items);
        }, "select p.id, i.title from Patron p join p.loans l join l.item i"));
        // implicit joins: fields of to-one paths in select and where, no join written
        CASES.put("implicit to-one in select and where", new Case((t, dsl) -> {
            Field<String> patronName = t.field(t.path(Loan_.patron), Patron_.name);
            return dsl.select(t.field(Loan_.id), patronName).from(t.table(Loan.class)).where(patronName.ne("Bob"));
        }, "select l.id, l.patron.name from Loan l where l.patron.name <> 'Bob'"));
        CASES.put("implicit to-one to a composite key", new Case((t, dsl) ->
                dsl.select(t.field(t.table(Book.class), Item_.id), t.field(t.path(Book_.shelf), Shelf_.label)).from(t.table(Book.class)),
                "select b.id, b.shelf.label from Book b"));
        CASES.put("a JOINED root's column through a subclass path", new Case((t, dsl) -> {
            PathTable books = t.path(Shelf_.books);
            return dsl.select(t.field(Shelf_.room), t.field(books, Item_.title)).from(t.table(Shelf.class)).join(books);
        }, "select s.room, b.title from Shelf s join s.books b"));
    }

    static Stream<Arguments> cases() {
        return PathUnits.ALL.stream().flatMap(unit -> CASES.keySet().stream().map(c -> Arguments.of(unit, c)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void pathJoinRowsAreTheJpqlJoinRows(String unitName, String caseName) throws Exception {
        PathUnit unit = PathUnits.unit(unitName);
        Case c = CASES.get(caseName);
        List<String> expected = jpqlRows(unit, c.jpql());
        assertFalse(expected.isEmpty(), () -> caseName + ": the JPQL query has no rows; the case proves nothing");
        try (Connection connection = unit.connection()) {
            // names rendered as a unit's Configuration renders them (JooqUnitBuilder)
            ResultQuery<?> query = c.jooq().apply(unit.tables(), DSL.using(connection, unit.tables().dialect(),
                    new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)));
            List<String> actual = query.fetch().stream().map(r -> tuple(r.intoArray())).sorted().toList();
            assertEquals(expected, actual, () -> unitName + ": " + caseName + "\n  jOOQ: " + query.getSQL()
                    + "\n  JPQL: " + c.jpql());
        }
    }

    private static List<String> jpqlRows(PathUnit unit, String jpql) {
        EntityManager em = unit.emf().createEntityManager();
        try {
            return em.createQuery(jpql, Object[].class).getResultList().stream().map(PathJoinTest::tuple).sorted()
                    .toList();
        } finally {
            em.close();
        }
    }

    private static String tuple(Object[] values) {
        return Arrays.stream(values).map(String::valueOf).collect(Collectors.joining("|"));
    }
}
