package io.github.jooqcdi.it;

import io.github.jooqcdi.it.shapes.filters.FiltersResource;
import io.github.jooqcdi.it.shapes.filters.FiltersUnit;
import io.github.jooqcdi.it.shapes.filters.Shelf;
import io.github.jooqcdi.it.shapes.filters.Volume;
import io.github.jooqcdi.it.shapes.filters.Writer;
import io.github.jooqcdi.it.shapes.filters.eclipselink.ElTicket;
import io.github.jooqcdi.it.shapes.filters.hibernate.HbTicket;
import io.github.jooqcdi.it.shapes.filters.hibernate.TicketTenants;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Path joins and row filters (issue 16) on the server under test, through {@code @Inject QueryExecutor} inside a JTA
 * transaction ({@code @Transactional}) and in auto-commit, in a WAR of its own: each jOOQ query returns the rows of the
 * JPQL beside it (run on the same entity manager) and the rows written down here.
 * <ul>
 * <li>Path joins ({@code EntityTables.path}): to-one (joined, and implicit in {@code select}/{@code where}),
 * one-to-many ({@code mappedBy}), many-to-many (through the join table, inner and left), two steps.</li>
 * <li>Row filters of the server's provider on the table {@code FILTER_TICKET}: on WildFly Hibernate's
 * {@code @TenantId} (the tenant from {@code hibernate.tenant_identifier_resolver}), {@code @SoftDelete},
 * {@code @SQLRestriction} and a {@code @Filter} enabled on the transaction's session; on Payara Micro EclipseLink's
 * {@code @Multitenant} (the entity manager's {@code eclipselink.tenant-id}, from its {@code @PersistenceContext}
 * properties) and {@code @AdditionalCriteria} with a parameter of those properties. Two tenants: each sees its visible
 * tickets and none of the other's, in a plain select, in a subquery and as managed entities ({@code fetchEntities});
 * plain SQL naming the table is refused; a jOOQ {@code UPDATE} and {@code DELETE} of "every row" touch exactly the
 * tenant's visible rows (read back with plain JDBC).</li>
 * </ul>
 * {@code -Dit.filters.row-filters=false} builds the WAR with {@code jooq.row-filters=false}: the filter checks must
 * then fail (a check of this test, not of the product).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PathsAndFiltersIT {

    static final String NAME = "filters";
    /** Its own PostgreSQL schema or MariaDB database. */
    static final String SCHEMA = "jooqcdi_filters";
    private static final Pattern CHECK = Pattern.compile("(\\w+) jpql=(\\[.*]) jooq=(\\[.*])");
    private static final boolean HIBERNATE = "wildfly".equals(Deployments.SERVER);

    @Deployment(name = NAME, testable = false)
    static WebArchive war() {
        Map<String, String> properties = new java.util.HashMap<>();
        properties.put("jooq.row-filters", System.getProperty("it.filters.row-filters", "true"));
        List<Class<?>> entities;
        if (HIBERNATE) {
            entities = List.of(Shelf.class, Volume.class, Writer.class, HbTicket.class);
            properties.put("hibernate.tenant_identifier_resolver", TicketTenants.class.getName());
        } else {
            entities = List.of(Shelf.class, Volume.class, Writer.class, ElTicket.class);
        }
        WebArchive war = Shapes.ownDataSourceWar(NAME, FiltersUnit.class, FiltersUnit.NAME, entities, properties,
                new Shapes.OwnDataSource(FiltersResource.DATA_SOURCE, SCHEMA, "jooq-cdi-filters",
                        "jdbc:h2:mem:jooqcdi-filters;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE", 10));
        return war.addPackage((HIBERNATE ? HbTicket.class : ElTicket.class).getPackage());
    }

    private final Http app = new Http(Deployments.base(NAME) + "api/filters/");

    private void reset() {
        assertEquals("200 seeded a", app.post("reset?tenant=a"));
        assertEquals("200 seeded b", app.post("reset?tenant=b"));
    }

    @Test
    void pathJoinsGiveTheRowsOfTheJpqlJoins() {
        reset();
        Map<String, String> expected = Map.of(
                "toOne", "[10-1, 11-1, 12-2]",
                "toOneImplicit", "[10-A, 11-A]",
                "oneToMany", "[1-10, 1-11, 2-12]",
                "manyToMany", "[10-100, 10-101, 11-100, 13-101]",
                "twoSteps", "[1-100, 1-100, 1-101]",
                "manyToManyLeft", "[10-100, 10-101, 11-100, 12-null, 13-101]");
        for (String mode : List.of("tx", "auto")) {
            checks("paths?mode=" + mode + "&tenant=a", expected);
        }
    }

    @Test
    void rowFiltersGiveTheRowsOfJpqlForTwoTenants() {
        reset();
        for (String mode : List.of("tx", "auto")) {
            checks("tickets?mode=" + mode + "&tenant=a&other=11&other=12&other=13&other=14",
                    Map.of("visible", "[1, 4]", "otherTenant", "[]", "subquery", "[1, 4]", "entities", "[1, 4]"));
            checks("tickets?mode=" + mode + "&tenant=b&other=1&other=2&other=3&other=4",
                    Map.of("visible", "[11, 14]", "otherTenant", "[]", "subquery", "[11, 14]", "entities", "[11, 14]"));
            assertEquals("200 refused IllegalArgumentException true", app.get("plain-sql?mode=" + mode + "&tenant=a"),
                    mode + ": plain SQL naming the filtered table is refused, its message naming the table and "
                            + "jooq.row-filters");
        }
    }

    /**
     * Hibernate's {@code @Filter}, enabled on the session of the transaction (outside one, each call of a
     * container-managed entity manager has a session of its own, so nothing keeps a filter enabled).
     */
    @Test
    void aFilterEnabledOnTheTransactionsSessionAsJpql() {
        assumeTrue(HIBERNATE, "a Hibernate @Filter: WildFly only");
        reset();
        checks("enabled-filter?tenant=a&title=t4", Map.of("enabledFilter", "[4]"));
        checks("enabled-filter?tenant=b&title=t4", Map.of("enabledFilter", "[]"));
        checks("enabled-filter?tenant=b&title=t14", Map.of("enabledFilter", "[14]"));
    }

    @Test
    void updatesAndDeletesTouchNoFilteredRow() {
        for (String mode : List.of("tx", "auto")) {
            reset();
            assertEquals("200 updated=2", app.post("rename?mode=" + mode + "&tenant=a&title=" + mode), mode);
            assertEquals("200 deleted=2", app.post("delete?mode=" + mode + "&tenant=b"), mode);
            // Hibernate's soft-deleted tickets 3 and 13 are still rows; EclipseLink deleted them
            String expected = HIBERNATE ? "1:" + mode + ",2:t2,3:t3,4:" + mode + ",12:t12,13:t13"
                    : "1:" + mode + ",2:t2,4:" + mode + ",12:t12";
            assertEquals("200 " + expected, app.get("raw"),
                    mode + ": tenant a's visible tickets renamed, b's visible ones deleted, the others untouched");
        }
    }

    /** Each line of {@code path}'s answer: JPQL and jOOQ the same, and the rows {@code expected} names. */
    private void checks(String path, Map<String, String> expected) {
        String answer = app.get(path);
        assertTrue(answer.startsWith("200 "), path + ": " + answer);
        List<String> lines = List.of(answer.substring(4).split("\n"));
        assertEquals(expected.size(), lines.size(), path + ": " + answer);
        for (String line : lines) {
            Matcher check = CHECK.matcher(line);
            assertTrue(check.matches(), path + ": " + line);
            assertEquals(check.group(2), check.group(3), path + ", " + check.group(1) + ": jOOQ's rows against JPQL's");
            assertEquals(expected.get(check.group(1)), check.group(3), path + ", " + check.group(1));
        }
        System.out.println("PathsAndFilters on " + Deployments.SERVER + " / " + Deployments.DB + ", " + path + ": "
                + String.join("; ", lines));
    }
}
