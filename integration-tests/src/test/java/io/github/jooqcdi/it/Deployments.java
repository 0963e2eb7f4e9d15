package io.github.jooqcdi.it;

import io.github.jooqcdi.it.app.TransactionalWork;
import io.github.jooqcdi.demo.Catalog;
import io.github.jooqcdi.demo.DemoData;
import io.github.jooqcdi.demo.Orders;
import io.github.jooqcdi.demo.Units;
import io.github.jooqcdi.demo.api.ShopResource;
import io.github.jooqcdi.it.bad.ShopOnlyUnits;
import io.github.jooqcdi.it.ee11.ShopUnit;
import io.github.jooqcdi.it.bad.UnknownUnitClient;
import io.github.jooqcdi.it.mariadb.MariaDbDataSource;
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
import java.util.List;

/**
 * The test archives: the demo WAR this module builds ({@code target/demo.war}: entities, producers, jooq-cdi and jOOQ
 * in WEB-INF/lib, sample data), plus test beans. With {@code -Ddb=postgresql} or {@code -Ddb=mariadb} both units move
 * to a data source on that database that the WAR declares with {@code @DataSourceDefinition}, its driver in
 * WEB-INF/lib.
 */
final class Deployments {

    static final String SERVER = System.getProperty("it.server", "payara");
    static final String DB = System.getProperty("it.db", "h2");
    static final String PERSISTENCE_XML = "WEB-INF/classes/META-INF/persistence.xml";
    static final String PG_SCHEMA = PostgresDataSource.SCHEMA;
    static final String MARIADB_URL = "jdbc:mariadb://127.0.0.1:3306/";

    static {
        if (!List.of("h2", "postgresql", "mariadb").contains(DB)) {
            throw new IllegalStateException("-Ddb=" + DB + ": the container suites run on h2 (the servers' default data "
                    + "source), postgresql (127.0.0.1:5432) or mariadb (127.0.0.1:3306)");
        }
    }

    private Deployments() {
    }

    static boolean postgres() {
        return "postgresql".equals(DB);
    }

    static boolean mariadb() {
        return "mariadb".equals(DB);
    }

    /** Whether the suites run on a database server of the machine (PostgreSQL, MariaDB), not on the servers' H2. */
    static boolean databaseServer() {
        return postgres() || mariadb();
    }

    /** The JDBC driver of the database server (test-libs, copied by the build), for a deployment's WEB-INF/lib. */
    static File driverJar() {
        return new File(System.getProperty("it.testLibs", "target/test-libs"),
                postgres() ? "postgresql.jar" : "mariadb.jar");
    }

    /**
     * {class, URL, user, password} of a data source on the database server whose tables live in {@code schema} (a
     * PostgreSQL schema, a MariaDB database); on PostgreSQL its sessions carry {@code applicationName}. MariaDB's user
     * is in the URL, and user and password are {@code null}: Payara refuses a declared user with an empty password
     * ("No password credential found").
     */
    static String[] dataSource(String schema, String applicationName) {
        return postgres()
                ? new String[] {"org.postgresql.ds.PGSimpleDataSource", "jdbc:postgresql://127.0.0.1:5432/test?currentSchema="
                + schema + (applicationName == null ? "" : "&ApplicationName=" + applicationName), "postgres", "postgres"}
                : new String[] {"org.mariadb.jdbc.MariaDbDataSource", MARIADB_URL + schema + "?user=root", null, null};
    }

    /** The {@code <user>} and {@code <password>} elements of a web.xml data source, where they are not null. */
    static String credentials(String user, String password, String indent) {
        return (user == null ? "" : indent + "<user>" + user + "</user>\n")
                + (password == null ? "" : indent + "<password>" + password + "</password>\n");
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
        return onDatabaseServer(ee11() ? withoutProducerLine(war) : war);
    }

    /** The Jakarta EE 11 line ({@code mvn verify -Pee11}): Payara Micro 7 and WildFly Preview 38. */
    static boolean ee11() {
        return "ee11".equals(System.getProperty("it.platform"));
    }

    /**
     * The demo as a Jakarta EE 11 application writes it, with no producer line: its {@code Units} class is left out;
     * persistence.xml (Persistence 3.2) gives the shop unit the qualifier {@link ShopUnit}, and the audit unit none, so
     * that the container's bean for it is {@code @Default}. jooq-cdi must find both beans itself, and its
     * {@code @PersistenceUnitName} entity managers serve the demo's classes that inject them.
     */
    private static WebArchive withoutProducerLine(WebArchive war) {
        war.delete("WEB-INF/classes/" + Units.class.getName().replace('.', '/') + ".class");
        war.addClass(ShopUnit.class);
        String xml = read(war, PERSISTENCE_XML);
        String shop = "<persistence-unit name=\"shop\" transaction-type=\"JTA\">";
        String ee11 = xml.replace("persistence_3_0.xsd", "persistence_3_2.xsd").replace("version=\"3.0\"", "version=\"3.2\"")
                .replace(shop, shop + "\n    <qualifier>" + ShopUnit.class.getName() + "</qualifier>");
        if (ee11.equals(xml) || !ee11.contains("<qualifier>")) {
            throw new IllegalStateException("the demo's persistence.xml changed: cannot add the shop unit's qualifier");
        }
        war.delete(PERSISTENCE_XML);
        war.add(new StringAsset(ee11), PERSISTENCE_XML);
        return war;
    }

    /** The demo application plus a bean that injects a unit it does not have. */
    static WebArchive unknownUnit() {
        WebArchive war = demo("unknown-unit.war").addClass(UnknownUnitClient.class);
        return onDatabaseServer(war);
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
        return onDatabaseServer(war);
    }

    private static WebArchive demo(String name) {
        File built = new File(System.getProperty("it.war", "target/demo.war"));
        WebArchive war = ShrinkWrap.create(WebArchive.class, name);
        war.merge(ShrinkWrap.createFromZipFile(WebArchive.class, built));
        return war.addClass(Deployments.class);
    }

    /** The WAR as it is on H2; on a database server, its units on the data source the WAR declares. */
    private static WebArchive onDatabaseServer(WebArchive war) {
        if (!databaseServer()) {
            return war;
        }
        freshSchema();
        String xml = read(war, PERSISTENCE_XML)
                .replace("<jta-data-source>java:comp/DefaultDataSource</jta-data-source>",
                        "<jta-data-source>" + (postgres() ? PostgresDataSource.JNDI_NAME : MariaDbDataSource.JNDI_NAME)
                                + "</jta-data-source>");
        war.delete(PERSISTENCE_XML);
        war.add(new StringAsset(xml), PERSISTENCE_XML);
        war.addClass(postgres() ? PostgresDataSource.class : MariaDbDataSource.class);
        war.addAsLibraries(driverJar());
        return war;
    }

    /**
     * Our own schema (PostgreSQL: in the shared database {@code test}; MariaDB: a database of its own), so no other
     * test's tables are in the way.
     */
    static void freshSchema() {
        freshSchema(postgres() ? PostgresDataSource.SCHEMA : MariaDbDataSource.DATABASE);
    }

    /** The schema (PostgreSQL) or database (MariaDB) {@code schema}, dropped if there and created again. */
    static void freshSchema(String schema) {
        if (postgres()) {
            try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test",
                    "postgres", "postgres"); Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + schema + " cascade");
                statement.execute("create schema " + schema);
            } catch (SQLException e) {
                throw new IllegalStateException("-Ddb=postgresql needs PostgreSQL on 127.0.0.1:5432, database test, "
                        + "user postgres: " + e.getMessage(), e);
            }
        } else {
            try (Connection connection = DriverManager.getConnection(MARIADB_URL + "test", "root", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists " + schema);
                statement.execute("create database " + schema + " character set utf8mb4");
            } catch (SQLException e) {
                throw new IllegalStateException("-Ddb=mariadb needs MariaDB on 127.0.0.1:3306, database test, user "
                        + "root with an empty password, allowed to create the database " + schema + ": "
                        + e.getMessage(), e);
            }
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
