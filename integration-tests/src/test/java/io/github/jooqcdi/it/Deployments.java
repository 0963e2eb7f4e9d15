package io.github.jooqcdi.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** Builds the test archives: the demo WAR of this module, plus the test classes. */
final class Deployments {

    static final String SERVER = System.getProperty("it.server", "payara");
    static final String DB = System.getProperty("it.db", "h2");

    private Deployments() {
    }

    static boolean postgres() {
        return "postgresql".equals(DB);
    }

    static WebArchive smoke() {
        return ShrinkWrap.create(WebArchive.class, "smoke.war")
                .addPackages(true, "io.github.jooqcdi.demo.shop", "io.github.jooqcdi.demo.audit")
                .addClass(io.github.jooqcdi.demo.Units.class)
                .addClass(io.github.jooqcdi.PersistenceUnitName.class)
                .addClasses(SmokeIT.class, Deployments.class)
                .addAsResource(new File("target/classes/META-INF/persistence.xml"), "META-INF/persistence.xml")
                .addAsWebInfResource(new File("src/main/webapp/WEB-INF/beans.xml"), "beans.xml");
    }
}
