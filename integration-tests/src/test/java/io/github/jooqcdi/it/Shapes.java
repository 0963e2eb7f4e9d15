package io.github.jooqcdi.it;

import io.github.jooqcdi.it.mariadb.MariaDbDataSource;
import io.github.jooqcdi.it.shapes.app.ShapeApplication;
import io.github.jooqcdi.it.shapes.audit.AuditEntry;
import io.github.jooqcdi.it.shapes.control.ControlResource;
import io.github.jooqcdi.it.shapes.ear.ejb.LendingService;
import io.github.jooqcdi.it.shapes.ear.web.EarResource;
import io.github.jooqcdi.it.shapes.ejb.EmptyEjb;
import io.github.jooqcdi.it.shapes.leak.DeploymentsAlive;
import io.github.jooqcdi.it.shapes.model.Address;
import io.github.jooqcdi.it.shapes.model.Book;
import io.github.jooqcdi.it.shapes.model.Item;
import io.github.jooqcdi.it.shapes.model.Member;
import io.github.jooqcdi.it.shapes.model.Notice;
import io.github.jooqcdi.it.shapes.model.Reminder;
import io.github.jooqcdi.it.shapes.producers.ApplicationScopedFields;
import io.github.jooqcdi.it.shapes.sessions.DatabaseSessions;
import io.github.jooqcdi.it.shapes.work.MemberEndpoints;
import io.github.jooqcdi.it.shapes.work.MemberWrites;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The WARs of the shape matrix (WarShapesIT): small applications a user could write, each built by hand from the
 * test's classes and the jars of {@code WEB-INF/lib} that the demo WAR carries (jooq-cdi and jOOQ), with a
 * persistence.xml, a beans.xml (or none) and a web.xml that declares their data sources.
 */
final class Shapes {

    /** How a WAR is built. */
    record Shape(String name, String discovery, boolean ejb, List<Class<?>> producers, boolean twoUnits,
                 boolean secondDataSource, boolean unitInLibJar) {

        String describe() {
            return "beans.xml " + (discovery == null ? "none" : discovery) + (ejb ? ", an EJB" : ", no EJB")
                    + ", producers " + producers.stream().map(Class::getSimpleName).collect(Collectors.joining("+"))
                    + (twoUnits ? (secondDataSource ? ", two units on two data sources" : ", two units on one data source")
                    : ", one unit") + (unitInLibJar ? ", persistence.xml and entities in a WEB-INF/lib jar" : "");
        }
    }

    static final List<Class<?>> LENDING = List.of(Item.class, Book.class, Member.class, Address.class, Notice.class,
            Reminder.class);
    static final String SHAPE_DATA_SOURCE = "java:app/jdbc/shape";
    static final String SECOND_DATA_SOURCE = "java:app/jdbc/second";
    private static final String PERSISTENCE_START = """
            <?xml version="1.0" encoding="UTF-8"?>
            <persistence xmlns="https://jakarta.ee/xml/ns/persistence"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="https://jakarta.ee/xml/ns/persistence https://jakarta.ee/xml/ns/persistence/persistence_3_0.xsd"
                         version="3.0">
            """;

    private Shapes() {
    }

    static WebArchive war(Shape shape) {
        WebArchive war = ShrinkWrap.create(WebArchive.class, shape.name() + ".war")
                .addPackage(ShapeApplication.class.getPackage())
                .addClasses(MemberWrites.class, MemberEndpoints.class, DeploymentsAlive.class)
                .addClasses(shape.producers().toArray(Class<?>[]::new));
        libraries().forEach((path, jar) -> war.add(jar.getAsset(), path));
        String persistence = persistenceXml(shape);
        if (shape.unitInLibJar()) {
            war.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "lending-model.jar")
                    .addClasses(LENDING.toArray(Class<?>[]::new))
                    .addClass(AuditEntry.class)
                    .addAsManifestResource(new StringAsset(persistence), "persistence.xml"));
        } else {
            war.addClasses(LENDING.toArray(Class<?>[]::new)).addClass(AuditEntry.class)
                    .addAsResource(new StringAsset(persistence), "META-INF/persistence.xml");
        }
        if (shape.discovery() != null) {
            war.addAsWebInfResource(new StringAsset(beansXml(shape.discovery())), "beans.xml");
        }
        if (shape.ejb()) {
            war.addClass(EmptyEjb.class);
        }
        war.addAsWebInfResource(new StringAsset(webXml(shape.secondDataSource())), "web.xml");
        File libs = new File(System.getProperty("it.testLibs", "target/test-libs"));
        if (Deployments.databaseServer()) {
            Deployments.freshSchema();
            war.addAsLibraries(Deployments.driverJar());
        }
        if (shape.secondDataSource()) {
            war.addAsLibraries(new File(libs, "h2.jar"));
        }
        return war;
    }

    /** The control of the redeploy test: the same unit and entities, JPA and JAX-RS, without jooq-cdi and jOOQ. */
    static WebArchive controlWithoutJooqCdi(String name) {
        Shape shape = new Shape(name, "annotated", false, List.of(), false, false, false);
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war")
                .addClasses(ControlResource.class, ControlResource.ControlApplication.class, DeploymentsAlive.class)
                .addClasses(LENDING.toArray(Class<?>[]::new))
                .addAsResource(new StringAsset(persistenceXml(shape)), "META-INF/persistence.xml")
                .addAsWebInfResource(new StringAsset(beansXml("annotated")), "beans.xml")
                .addAsWebInfResource(new StringAsset(webXml(false)), "web.xml");
        if (Deployments.databaseServer()) {
            war.addAsLibraries(Deployments.driverJar());
        }
        return war;
    }

    /**
     * An EAR: jooq-cdi and jOOQ in {@code lib/}; an EJB module with the entities, the persistence unit, the producer and
     * a stateless bean that injects {@code QueryExecutor}; a web module whose resource calls that bean.
     */
    static EnterpriseArchive ear(String name) {
        Shape shape = new Shape(name, "annotated", true, List.of(ApplicationScopedFields.class), false, false, false);
        JavaArchive ejb = ShrinkWrap.create(JavaArchive.class, "lending-ejb.jar")
                .addClasses(LENDING.toArray(Class<?>[]::new))
                .addClasses(LendingService.class, MemberWrites.class, ApplicationScopedFields.class)
                .addAsManifestResource(new StringAsset(persistenceXml(shape)), "persistence.xml")
                .addAsManifestResource(new StringAsset(beansXml("annotated")), "beans.xml");
        WebArchive web = ShrinkWrap.create(WebArchive.class, "web.war")
                .addClasses(EarResource.class, EarResource.EarApplication.class, MemberEndpoints.class)
                .addAsWebInfResource(new StringAsset(beansXml("annotated")), "beans.xml")
                .addAsWebInfResource(new StringAsset(webXml(false)), "web.xml");
        EnterpriseArchive ear = ShrinkWrap.create(EnterpriseArchive.class, name + ".ear")
                .addAsModule(ejb)
                .addAsModule(web)
                .setApplicationXML(new StringAsset(applicationXml(name)));
        libraries().forEach((path, jar) -> ear.add(jar.getAsset(), "lib/" + path.get().substring("/WEB-INF/lib/".length())));
        if (Deployments.databaseServer()) {
            Deployments.freshSchema();
            ear.addAsLibraries(Deployments.driverJar());
        }
        return ear;
    }

    private static String applicationXml(String contextRoot) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <application xmlns="https://jakarta.ee/xml/ns/jakartaee"
                             xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                             xsi:schemaLocation="https://jakarta.ee/xml/ns/jakartaee https://jakarta.ee/xml/ns/jakartaee/application_10.xsd"
                             version="10">
                  <module><ejb>lending-ejb.jar</ejb></module>
                  <module><web><web-uri>web.war</web-uri><context-root>%s</context-root></web></module>
                  <library-directory>lib</library-directory>
                </application>
                """.formatted(contextRoot);
    }

    /** The jars of the demo WAR's {@code WEB-INF/lib}: jooq-cdi, jOOQ and what jOOQ needs. */
    static Map<ArchivePath, Node> libraries() {
        WebArchive demo = ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("it.war", "target/demo.war")));
        return demo.getContent(path -> path.get().startsWith("/WEB-INF/lib/") && path.get().endsWith(".jar"));
    }

    static String persistenceXml(Shape shape) {
        String first = firstDataSource();
        StringBuilder xml = new StringBuilder(PERSISTENCE_START);
        xml.append(unit("lending", first, LENDING, shape.twoUnits()));
        if (shape.twoUnits()) {
            xml.append(unit("audit", shape.secondDataSource() ? SECOND_DATA_SOURCE : first, List.of(AuditEntry.class),
                    false));
        }
        return xml.append("</persistence>\n").toString();
    }

    /**
     * A persistence.xml of one JTA unit {@code unit} on {@code dataSource} with exactly {@code classes}, its tables
     * dropped and created at deployment.
     */
    static String persistenceXml(String unit, String dataSource, List<Class<?>> classes) {
        return persistenceXml(unit, dataSource, classes, Map.of());
    }

    /** As {@link #persistenceXml(String, String, List)}, with more properties of the unit. */
    static String persistenceXml(String unit, String dataSource, List<Class<?>> classes, Map<String, String> properties) {
        return PERSISTENCE_START + unit(unit, dataSource, classes, false, properties) + "</persistence>\n";
    }

    /**
     * The JTA data source of the first unit: the server's default one, or the database server's with
     * {@code -Ddb=postgresql} or {@code -Ddb=mariadb}.
     */
    static String firstDataSource() {
        return Deployments.databaseServer() ? SHAPE_DATA_SOURCE : "java:comp/DefaultDataSource";
    }

    private static String unit(String name, String dataSource, List<Class<?>> classes, boolean isDefault) {
        return unit(name, dataSource, classes, isDefault, Map.of());
    }

    private static String unit(String name, String dataSource, List<Class<?>> classes, boolean isDefault,
                               Map<String, String> properties) {
        return "  <persistence-unit name=\"" + name + "\" transaction-type=\"JTA\">\n"
                + "    <jta-data-source>" + dataSource + "</jta-data-source>\n"
                + classes.stream().map(c -> "    <class>" + c.getName() + "</class>\n").collect(Collectors.joining())
                + "    <exclude-unlisted-classes>true</exclude-unlisted-classes>\n"
                + "    <properties>\n"
                + (isDefault ? "      <property name=\"jooq.default\" value=\"true\"/>\n" : "")
                + "      <property name=\"jakarta.persistence.schema-generation.database.action\" value=\"drop-and-create\"/>\n"
                + "      <property name=\"eclipselink.logging.level\" value=\"WARNING\"/>\n"
                + properties.entrySet().stream().map(p -> "      <property name=\"" + p.getKey() + "\" value=\""
                + p.getValue() + "\"/>\n").collect(Collectors.joining())
                + "    </properties>\n"
                + "  </persistence-unit>\n";
    }

    static String beansXml(String discovery) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <beans xmlns="https://jakarta.ee/xml/ns/jakartaee"
                       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                       xsi:schemaLocation="https://jakarta.ee/xml/ns/jakartaee https://jakarta.ee/xml/ns/jakartaee/beans_4_0.xsd"
                       version="4.0" bean-discovery-mode="%s">
                </beans>
                """.formatted(discovery);
    }

    /** Declares the data sources the units need beyond the server's default one (no EJB needed for that). */
    static String webXml(boolean secondDataSource) {
        return webXml(secondDataSource, "");
    }

    /** As {@link #webXml(boolean)}, with more elements of {@code <web-app>} after the data sources. */
    static String webXml(boolean secondDataSource, String more) {
        List<String> dataSources = new ArrayList<>();
        if (Deployments.databaseServer()) {
            String[] source = Deployments.dataSource(Deployments.postgres() ? Deployments.PG_SCHEMA
                    : MariaDbDataSource.DATABASE, null);
            dataSources.add(dataSource(SHAPE_DATA_SOURCE, source[0], source[1], source[2], source[3], ""));
        }
        if (secondDataSource) {
            dataSources.add(dataSource(SECOND_DATA_SOURCE, "org.h2.jdbcx.JdbcDataSource",
                    "jdbc:h2:mem:jooqcdi-second;DB_CLOSE_DELAY=-1", "sa", "sa", ""));
        }
        return webApp(String.join("", dataSources) + more);
    }

    private static String webApp(String content) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="https://jakarta.ee/xml/ns/jakartaee https://jakarta.ee/xml/ns/jakartaee/web-app_6_0.xsd"
                         version="6.0">
                %s</web-app>
                """.formatted(content);
    }

    private static String dataSource(String name, String className, String url, String user, String password,
                                     String more) {
        return Stream.of("  <data-source>", "    <name>" + name + "</name>", "    <class-name>" + className + "</class-name>",
                "    <url>" + url.replace("&", "&amp;") + "</url>")
                .collect(Collectors.joining("\n", "", "\n"))
                + Deployments.credentials(user, password, "    ") + more + "  </data-source>\n";
    }

    /**
     * A data source that a WAR declares in its web.xml, {@code jndiName}, so that the database's sessions of that WAR
     * are its pool's alone (FaultsIT, IsolationIT): on H2 the in-memory database {@code h2Url} (the driver in
     * WEB-INF/lib); on a database server ({@code -Ddb=postgresql}, {@code -Ddb=mariadb}) the PostgreSQL schema or
     * MariaDB database {@code schema}, its PostgreSQL sessions named {@code applicationName}. At most {@code maxPool}
     * connections, none opened before they are needed.
     */
    record OwnDataSource(String jndiName, String schema, String applicationName, String h2Url, int maxPool) {

        String webXml() {
            String[] source = Deployments.databaseServer() ? Deployments.dataSource(schema, applicationName)
                    : new String[] {"org.h2.jdbcx.JdbcDataSource", h2Url, "sa", "sa"};
            return webApp(dataSource(jndiName, source[0], source[1], source[2], source[3],
                    "    <max-pool-size>" + maxPool + "</max-pool-size>\n    <min-pool-size>0</min-pool-size>\n"));
        }
    }

    /**
     * The WAR {@code name} on a data source of its own: the classes of {@code shape}'s package and
     * {@link DatabaseSessions}, jooq-cdi and jOOQ, the JTA unit {@code unit} of {@code entities} on {@code source},
     * beans.xml {@code annotated}, and the database's JDBC driver. On a database server, {@code source}'s schema (or
     * database) is dropped and created again first.
     */
    static WebArchive ownDataSourceWar(String name, Class<?> shape, String unit, List<Class<?>> entities,
                                       OwnDataSource source) {
        return ownDataSourceWar(name, shape, unit, entities, Map.of(), source);
    }

    /** As {@link #ownDataSourceWar(String, Class, String, List, OwnDataSource)}, with more properties of the unit. */
    static WebArchive ownDataSourceWar(String name, Class<?> shape, String unit, List<Class<?>> entities,
                                       Map<String, String> properties, OwnDataSource source) {
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war").addPackage(shape.getPackage())
                .addClass(DatabaseSessions.class)
                .addAsResource(new StringAsset(persistenceXml(unit, source.jndiName(), entities, properties)),
                        "META-INF/persistence.xml")
                .addAsWebInfResource(new StringAsset(beansXml("annotated")), "beans.xml")
                .addAsWebInfResource(new StringAsset(source.webXml()), "web.xml");
        libraries().forEach((path, jar) -> war.add(jar.getAsset(), path));
        if (Deployments.databaseServer()) {
            Deployments.freshSchema(source.schema());
            war.addAsLibraries(Deployments.driverJar());
        } else {
            war.addAsLibraries(new File(System.getProperty("it.testLibs", "target/test-libs"), "h2.jar"));
        }
        return war;
    }
}
