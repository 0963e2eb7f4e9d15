package io.github.jooqcdi.it;

import io.github.jooqcdi.it.app.TransactionalWork;
import io.github.jooqcdi.demo.Catalog;
import io.github.jooqcdi.demo.DemoData;
import io.github.jooqcdi.demo.Orders;
import io.github.jooqcdi.demo.Units;
import io.github.jooqcdi.demo.api.ShopResource;
import io.github.jooqcdi.it.bad.ShopOnlyUnits;
import io.github.jooqcdi.it.bad.UnknownUnitClient;
import io.github.jooqcdi.it.pg.PostgresDataSource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The test archives: the demo WAR this module builds ({@code target/demo.war}: entities, producers, jooq-cdi and jOOQ
 * in WEB-INF/lib, sample data), plus test beans. With {@code -Ddb=postgresql} both units move to a PostgreSQL data
 * source that the WAR declares with {@code @DataSourceDefinition}, its driver in WEB-INF/lib.
 */
final class Deployments {

    static final String SERVER = System.getProperty("it.server", "payara");
    static final String DB = System.getProperty("it.db", "h2");
    static final String PERSISTENCE_XML = "WEB-INF/classes/META-INF/persistence.xml";
    static final String PG_SCHEMA = PostgresDataSource.SCHEMA;

    private Deployments() {
    }

    static boolean postgres() {
        return "postgresql".equals(DB);
    }

    /** {@code http://127.0.0.1:<port>/demo/api/} of the server under test. */
    static String api() {
        return base("demo") + "api/";
    }

    /** {@code http://127.0.0.1:<port>/<context>/} of the server under test. */
    static String base(String context) {
        return "http://127.0.0.1:" + System.getProperty("it.http.port", "8080") + "/" + context + "/";
    }

    /** The demo application and the test beans. */
    static WebArchive app() {
        WebArchive war = demo("demo.war").addPackage(TransactionalWork.class.getPackage());
        return postgres() ? onPostgres(war) : war;
    }

    /** The demo application plus a bean that injects a unit it does not have. */
    static WebArchive unknownUnit() {
        WebArchive war = demo("unknown-unit.war").addClass(UnknownUnitClient.class);
        return postgres() ? onPostgres(war) : war;
    }

    /**
     * The demo's entities and reports, but a producer for the unit {@code shop} only (the classes that inject the
     * {@code audit} unit's {@code EntityManager} are left out): {@code Reports} injects the {@code audit} unit's
     * {@code QueryExecutor}, so the deployment must fail, printing the producer line to add.
     */
    static WebArchive missingProducer() {
        WebArchive war = demo("missing-producer.war").addClass(ShopOnlyUnits.class);
        for (Class<?> c : new Class<?>[] {Units.class, Orders.class, Orders.Placed.class, Catalog.class, DemoData.class,
                ShopResource.class}) {
            war.delete("WEB-INF/classes/" + c.getName().replace('.', '/') + ".class");
        }
        return postgres() ? onPostgres(war) : war;
    }

    private static WebArchive demo(String name) {
        File built = new File(System.getProperty("it.war", "target/demo.war"));
        WebArchive war = ShrinkWrap.create(WebArchive.class, name);
        war.merge(ShrinkWrap.createFromZipFile(WebArchive.class, built));
        return war.addClass(Deployments.class);
    }

    private static WebArchive onPostgres(WebArchive war) {
        freshSchema();
        String xml = read(war, PERSISTENCE_XML)
                .replace("<jta-data-source>java:comp/DefaultDataSource</jta-data-source>",
                        "<jta-data-source>" + PostgresDataSource.JNDI_NAME + "</jta-data-source>");
        war.delete(PERSISTENCE_XML);
        war.add(new StringAsset(xml), PERSISTENCE_XML);
        war.addClass(PostgresDataSource.class);
        war.addAsLibraries(new File(System.getProperty("it.testLibs", "target/test-libs"), "postgresql.jar"));
        return war;
    }

    /** Our own schema in the shared database {@code test}, so no other test's tables are in the way. */
    static void freshSchema() {
        freshSchema(PostgresDataSource.SCHEMA);
    }

    /** The schema {@code schema}, dropped if there and created again. */
    static void freshSchema(String schema) {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres",
                "postgres"); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
            statement.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("-Ddb=postgresql needs PostgreSQL on 127.0.0.1:5432, database test, user "
                    + "postgres: " + e.getMessage(), e);
        }
    }

    private static String read(WebArchive war, String path) {
        try (InputStream in = war.get(path).getAsset().openStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
