package io.github.jooqcdi;

import io.github.jooqcdi.execution.JooqUnit;
import io.github.jooqcdi.execution.JooqUnitBuilder;
import io.github.jooqcdi.metadata.EntityModel;
import io.github.jooqcdi.metadata.MappingModel;
import io.github.jooqcdi.provider.JpaProviderAdapter;
import io.github.jooqcdi.provider.JpaProviderAdapters;
import io.github.jooqcdi.tables.ClosestNames;
import io.github.jooqcdi.testmodel.Customer;
import io.github.jooqcdi.testmodel.DailySales;
import io.github.jooqcdi.testmodel.OrderLine;
import io.github.jooqcdi.testmodel.Product;
import io.github.jooqcdi.testmodel.Tag;
import io.github.jooqcdi.testmodel.TestUnits;
import io.github.jooqcdi.transaction.ResourceLocalTransactionState;
import io.github.jooqcdi.unit.UnitSettings;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.statistics.Statistics;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Names from user input, fuzzed (issue 13): SQL fragments, quotes, comments, homoglyphs, control characters, very
 * long and empty strings, typos of the unit's real names and random strings go to {@link EntityTables#table(String)},
 * {@link EntityTables#field(Class, String)} and, as a table alias and a column name, to
 * {@link QueryExecutor#fetchEntities}, on EclipseLink and on Hibernate. An unknown name is an
 * {@link IllegalArgumentException} that quotes it and lists the closest names (the same on both providers), and no
 * SQL statement runs: neither through jOOQ (an {@link ExecuteListener} in the unit's configuration) nor at all (H2's
 * query statistics of the unit's database). A known name works. The schema and the row counts stay as they were.
 *
 * <p>Tries per property: {@code jqwik.tries.default} in {@code junit-platform.properties}; {@code -Pfuzz} raises it.
 */
class HostileIdentifiersTest {

    private static final List<String> UNITS = List.of(TestUnits.EL, TestUnits.HB);
    private static final List<Class<?>> ENTITIES = List.of(Customer.class, Product.class, DailySales.class,
            OrderLine.class, Tag.class);
    private static final Map<String, Unit> RUNNING = new LinkedHashMap<>();
    /** Real names of the test model (tables, columns, entities, attribute paths): the material of near misses. */
    private static final Set<String> REAL_NAMES = new TreeSet<>();

    /** A unit's executor and its counters of SQL statements. */
    private static final class Unit {
        final String name;
        final MappingModel model;
        final EntityManager em;
        final QueryExecutor sql;
        final AtomicInteger jooqExecutions = new AtomicInteger();
        final Connection database;
        final long perReading;
        final Set<String> knownTableNames = new TreeSet<>();
        /** Hibernate lists an abstract TABLE_PER_CLASS root as an entity without a table. */
        final Set<String> entitiesWithoutTable = new TreeSet<>();
        long statements;
        Map<String, Long> rowsAtStart;

        Unit(String name) throws SQLException {
            this.name = name;
            EntityManagerFactory emf = TestUnits.emf(name);
            JpaProviderAdapter adapter = JpaProviderAdapters.detect(emf).orElseThrow();
            this.model = adapter.readMapping(emf);
            ExecuteListener counter = new ExecuteListener() {
                @Override
                public void executeStart(ExecuteContext ctx) {
                    jooqExecutions.incrementAndGet();
                }
            };
            JooqUnit unit = JooqUnitBuilder.build(name, UnitSettings.of(name, Map.of(), problem -> fail(problem)), emf,
                    adapter, em -> new ResourceLocalTransactionState(em, adapter),
                    List.of((unitName, configuration) -> configuration.set(new DefaultExecuteListenerProvider(counter))),
                    List.of());
            this.em = emf.createEntityManager();
            this.sql = unit.executor(em);
            this.database = TestUnits.connection(name);
            try (Statement s = database.createStatement()) {
                s.execute("SET QUERY_STATISTICS_MAX_ENTRIES 100000");
                s.execute("SET QUERY_STATISTICS TRUE");
            }
            long first = statementsRun();
            this.statements = statementsRun();
            this.perReading = statements - first;
            for (Table<?> t : sql.tables().all()) {
                knownTableNames.add(key(t.getName()));
                if (t.getSchema() != null && !t.getSchema().getName().isEmpty()) {
                    knownTableNames.add(key(t.getSchema().getName() + "." + t.getName()));
                }
            }
            model.entities().forEach(e -> (e.primaryTable() == null ? entitiesWithoutTable : knownTableNames)
                    .add(key(e.entityName())));
            // the counters see what they must: a jOOQ query, and a native query of the entity manager
            sql.fetch(sql.dsl().selectOne());
            em.createNativeQuery("SELECT 1").getResultList();
            assertEquals(1, jooqExecutions.get(), name);
            long ran = statementsSinceLastCall();
            assertTrue(ran >= 2, name + ": the database counted " + ran + " statements"); // more on a first use
            forgetStatements();
        }

        /**
         * Statements the database ran (H2 counts every one, from any connection), the earlier readings included.
         * {@code RAND()} keeps H2 from answering from the cached result of the same query.
         */
        long statementsRun() {
            try (Statement s = database.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COALESCE(SUM(EXECUTION_COUNT), 0), RAND() "
                         + "FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Statements run since the last call, other than this reading itself (counted after it ran). */
        long statementsSinceLastCall() {
            long now = statementsRun();
            long ran = now - statements - perReading;
            statements = now;
            return ran;
        }

        /** After a known name ran its query: the counters start again from zero. */
        void forgetStatements() {
            jooqExecutions.set(0);
            statements = statementsRun();
        }

        /** Each table of the database (schema.table) with its row count. */
        Map<String, Long> rows() throws SQLException {
            List<String> tables = new ArrayList<>();
            try (Statement s = database.createStatement();
                 ResultSet rs = s.executeQuery("SELECT TABLE_SCHEMA, TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                         + "WHERE TABLE_SCHEMA <> 'INFORMATION_SCHEMA'")) {
                while (rs.next()) {
                    tables.add('"' + rs.getString(1) + "\".\"" + rs.getString(2) + '"');
                }
            }
            Map<String, Long> rows = new TreeMap<>();
            for (String table : tables) {
                try (Statement s = database.createStatement();
                     ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    rows.put(table, rs.getLong(1));
                }
            }
            statements = statementsRun();
            return rows;
        }

        EntityModel entity(Class<?> type) {
            return model.entities().stream().filter(e -> e.javaType() == type).findFirst().orElseThrow();
        }
    }

    @BeforeContainer
    static void startUnits() throws SQLException {
        for (String name : UNITS) {
            Unit unit = new Unit(name);
            RUNNING.put(name, unit);
            for (Table<?> t : unit.sql.tables().all()) {
                REAL_NAMES.add(t.getName());
                Stream.of(t.fields()).map(Field::getName).forEach(REAL_NAMES::add);
            }
            for (EntityModel e : unit.model.entities()) {
                REAL_NAMES.add(e.entityName());
                REAL_NAMES.addAll(e.attributes().keySet());
            }
        }
    }

    @AfterContainer
    static void stopUnits() throws SQLException {
        for (Unit unit : RUNNING.values()) {
            try (Statement s = unit.database.createStatement()) {
                s.execute("SET QUERY_STATISTICS FALSE");
            }
            unit.database.close();
            unit.em.close();
        }
        RUNNING.clear();
    }

    @BeforeProperty
    void rememberRows() throws SQLException {
        for (Unit unit : RUNNING.values()) {
            unit.rowsAtStart = unit.rows();
        }
    }

    @AfterProperty
    void sameTablesAndRows() throws SQLException {
        for (Unit unit : RUNNING.values()) {
            assertEquals(unit.rowsAtStart, unit.rows(), unit.name + ": tables or row counts changed");
        }
    }

    // ------------------------------------------------------------------------------------------------ properties

    @Property
    void tableNames(@ForAll("hostileNames") String input) {
        Map<String, String> closestByUnit = new LinkedHashMap<>();
        for (Unit unit : RUNNING.values()) {
            boolean known = unit.knownTableNames.contains(key(input));
            Statistics.label("table").collect(known ? "known" : "unknown");
            Table<Record> table = null;
            try {
                table = unit.sql.tables().table(input);
                assertTrue(known, () -> unit.name + " accepted the unknown table name " + ClosestNames.quote(input));
            } catch (IllegalArgumentException e) {
                if (known) {
                    assertTrue(e.getMessage().contains("ambiguous"), e.getMessage());
                } else if (unit.entitiesWithoutTable.contains(key(input))) {
                    assertTrue(e.getMessage().contains("has no table of its own"), e.getMessage());
                } else {
                    // table names differ in case between the providers (EclipseLink upper-cases default names)
                    closestByUnit.put(unit.name, assertRejected(e, input).toUpperCase(Locale.ROOT));
                }
            }
            assertNoStatement(unit, input);
            if (table != null) {
                unit.sql.fetch(unit.sql.dsl().selectOne().from(table).limit(1));
                unit.forgetStatements();
            }
        }
        assertSameClosestNames(input, closestByUnit);
    }

    @Property
    void attributePaths(@ForAll("hostileNames") String input) {
        Map<String, List<TableField<?, ?>>> accepted = new LinkedHashMap<>();
        for (Class<?> entity : ENTITIES) {
            Map<String, String> closestByUnit = new LinkedHashMap<>();
            for (Unit unit : RUNNING.values()) {
                Set<String> paths = unit.entity(entity).attributes().keySet();
                boolean known = input != null && paths.contains(input);
                boolean prefix = input != null && paths.stream().anyMatch(p -> p.length() > input.length()
                        && p.startsWith(input) && p.charAt(input.length()) == '.');
                Statistics.label("field").collect(known ? "known" : prefix ? "embedded" : "unknown");
                try {
                    Field<?> field = unit.sql.tables().field(entity, input);
                    assertTrue(known, () -> unit.name + " accepted the unknown attribute " + ClosestNames.quote(input));
                    accepted.computeIfAbsent(unit.name, u -> new ArrayList<>()).add((TableField<?, ?>) field);
                } catch (IllegalArgumentException e) {
                    if (known || prefix) {
                        assertTrue(e.getMessage().contains(" maps "), e.getMessage());
                    } else {
                        closestByUnit.put(unit.name, assertRejected(e, input));
                    }
                }
            }
            assertSameClosestNames(input, closestByUnit);
        }
        for (Unit unit : RUNNING.values()) {
            assertNoStatement(unit, input);
            for (TableField<?, ?> column : accepted.getOrDefault(unit.name, List.of())) {
                unit.sql.fetch(unit.sql.dsl().select(column).from(column.getTable()).orderBy(column).limit(1));
                unit.forgetStatements();
            }
        }
    }

    /**
     * fetchEntities takes no name itself, but checks the select list against the entity's mapped columns: a select
     * from the entity's table under a hostile alias, and one with a hostile column name in place of a mapped one.
     */
    @Property
    void fetchEntitiesSelectLists(@ForAll("hostileNames") String input) {
        for (Unit unit : RUNNING.values()) {
            Table<Record> tags = unit.sql.tables().table(Tag.class);
            List<Field<?>> fields = unit.sql.tables().entityFields(Tag.class);
            boolean sameTable = input != null && key(input).equals(key(tags.getName()));
            if (input != null) {
                Table<Record> aliased = tags.as(input);
                fetchEntities(unit, input, sameTable,
                        DSL.select(fields.stream().<Field<?>>map(f -> aliased.field(f)).toList()).from(aliased));
            }
            Field<?> label = unit.sql.tables().field(Tag.class, "label");
            boolean sameColumn = input != null && key(input).equals(key(label.getName()));
            List<Field<?>> replaced = fields.stream()
                    .map(f -> f.equals(label) && input != null ? DSL.field(DSL.name(tags.getName(), input)) : f)
                    .collect(Collectors.toList());
            fetchEntities(unit, input, sameColumn || input == null, DSL.select(replaced).from(tags));
        }
    }

    private static void fetchEntities(Unit unit, String input, boolean known, ResultQuery<?> query) {
        Statistics.label("fetchEntities").collect(known ? "known" : "unknown");
        try {
            assertNotNull(unit.sql.fetchEntities(query, Tag.class));
        } catch (IllegalArgumentException e) {
            assertNoStatement(unit, input);
            assertTrue(!known && e.getMessage().startsWith("fetchEntities(query, Tag.class) needs the columns"),
                    e.getMessage());
            return;
        }
        unit.em.clear();
        unit.forgetStatements();
        assertTrue(known, () -> unit.name + " ran fetchEntities with " + ClosestNames.quote(input) + ": " + query);
    }

    // ------------------------------------------------------------------------------------------------ assertions

    /** The message names the input and lists the closest names; returns that list. */
    private static String assertRejected(IllegalArgumentException e, String input) {
        String message = e.getMessage();
        assertTrue(message.contains(input == null ? "null" : ClosestNames.quote(input)), message);
        if (input == null) {
            return "";
        }
        int closest = message.indexOf("; closest: ");
        assertTrue(closest > 0 && message.length() > closest + "; closest: ".length(), message);
        return message.substring(closest + "; closest: ".length());
    }

    private static void assertSameClosestNames(String input, Map<String, String> closestByUnit) {
        if (closestByUnit.size() > 1) {
            assertEquals(1, Set.copyOf(closestByUnit.values()).size(),
                    () -> "closest names differ for " + ClosestNames.quote(input) + ": " + closestByUnit);
        }
    }

    private static void assertNoStatement(Unit unit, String input) {
        assertEquals(0, unit.jooqExecutions.getAndSet(0),
                () -> unit.name + ": jOOQ executed a query for " + ClosestNames.quote(input));
        assertEquals(0, unit.statementsSinceLastCall(),
                () -> unit.name + ": the database ran a statement for " + ClosestNames.quote(input));
    }

    /** Names are case-insensitive as {@code EntityTables} documents: upper case, root locale. */
    private static String key(String name) {
        return name == null ? "\u0000null" : name.toUpperCase(Locale.ROOT);
    }

    // ------------------------------------------------------------------------------------------------ generators

    private static final List<String> INJECTIONS = List.of("; drop table customer", "; DROP TABLE \"CUSTOMER\"; --",
            "' or '1'='1", "\" or 1=1 --", "--", "/* */", "*/", "/*", "`", "``", "'", "\"", "\\", ";", ") union select * "
                    + "from customer --", " or 1=1", "; delete from tag", "; update tag set weight = 0", "%", "_",
            "$$; drop table tag; $$", "\u0000", "\n", "\r\n", "\t", " ", "\u00a0", "\u200b", "\u202e", "\ufeff",
            ".", "..", ".*", "(", ")", ",", "=", "#", "&&", "||", "?", ":1", "${x}", "%s", "\\u0027");

    /** Homoglyphs of ASCII letters: Cyrillic, Greek, fullwidth, dotless i, long s, Kelvin sign, mathematical bold. */
    private static final Map<Character, List<String>> HOMOGLYPHS = Map.of(
            'a', List.of("\u0430", "\uff41", "\ud835\udc1a"),
            'e', List.of("\u0435", "\u0117"),
            'i', List.of("\u0131", "\u0456", "\u00ed"),
            'o', List.of("\u043e", "\u03bf", "0"),
            's', List.of("\u017f", "\u0455"),
            'k', List.of("\u212a", "\u03ba"),
            'c', List.of("\u0441", "\u217d"),
            'p', List.of("\u0440", "\u03c1"),
            'd', List.of("\u0501", "\u217e"),
            't', List.of("\u0442", "\u03c4"));

    @Provide
    Arbitrary<String> hostileNames() {
        Arbitrary<String> real = Arbitraries.of(List.copyOf(REAL_NAMES));
        Arbitrary<String> injection = Arbitraries.of(INJECTIONS);
        Arbitrary<String> nearMiss = Combinators.combine(real, Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 1000)).as(HostileIdentifiersTest::mutate);
        Arbitrary<String> injected = Combinators.combine(Arbitraries.oneOf(real, nearMiss), injection,
                Arbitraries.oneOf(real, Arbitraries.just(""))).as((a, b, c) -> a + b + c);
        Arbitrary<String> random = Arbitraries.strings().all().ofMaxLength(40);
        Arbitrary<String> identifierLike = Arbitraries.strings().withCharRange('a', 'z').withChars("_$.")
                .ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> longOnes = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMinLength(129).ofMaxLength(5000),
                Combinators.combine(real, injection, Arbitraries.integers().between(100, 20_000))
                        .as((name, fragment, times) -> name + fragment.repeat(Math.max(1, times / Math.max(1,
                                fragment.length())))),
                Arbitraries.just("x".repeat(200_000)));
        Arbitrary<String> fixed = Arbitraries.of("", " ", "\u0000", "null", "NULL", "*", "nmae; drop table customer",
                "customer; drop table customer", "tag\u0000", "TAG", "tag", "Tag", "label", "LABEL",
                "homeAddress", "homeAddress.city", "id", "ID");
        return Arbitraries.frequencyOf(
                        weighted(25, nearMiss), weighted(25, injected), weighted(20, random),
                        weighted(8, identifierLike), weighted(8, real), weighted(4, longOnes), weighted(10, fixed))
                .injectNull(0.002);
    }

    private static Tuple.Tuple2<Integer, Arbitrary<? extends String>> weighted(int frequency,
                                                                              Arbitrary<String> arbitrary) {
        return Tuple.of(frequency, arbitrary);
    }

    /** A typo of {@code name}: one of several edits at a position chosen by {@code seed}. */
    static String mutate(String name, int kind, int seed) {
        if (name.isEmpty()) {
            return "x";
        }
        int at = seed % name.length();
        String before = name.substring(0, at);
        String after = name.substring(at + 1);
        char c = name.charAt(at);
        return switch (kind) {
            case 0 -> before + after;                                                      // deleted
            case 1 -> at + 1 < name.length() ? before + name.charAt(at + 1) + c + name.substring(at + 2)
                    : name + c;                                                             // swapped
            case 2 -> before + (char) ('a' + seed % 26) + after;                            // replaced
            case 3 -> before + c + c + after;                                               // doubled
            case 4 -> {                                                                     // homoglyph
                List<String> glyphs = HOMOGLYPHS.get(Character.toLowerCase(c));
                yield glyphs == null ? name + "\u0301" : before + glyphs.get(seed % glyphs.size()) + after;
            }
            case 5 -> seed % 2 == 0 ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT); // case
            case 6 -> List.of(" ", "\t", "\n", "\u00a0", "\u200b").get(seed % 5) + name;    // whitespace
            case 7 -> List.of("\"", "'", "`", "[").get(seed % 4) + name + List.of("\"", "'", "`", "]").get(seed % 4);
            case 8 -> name + "\u0000";                                                      // NUL
            default -> name.replace('.', List.of('_', '/', ' ').get(seed % 3));             // path separator
        };
    }
}
