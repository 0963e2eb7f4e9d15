/**
 * jooq-cdi: jOOQ on the tables and the JTA transaction of a persistence unit's JPA entities, as a CDI portable
 * extension. Only {@code io.github.jooqcdi} is API: code compiled against the module sees that package alone. The
 * module is open, since the CDI container and the JPA providers reach its classes reflectively at run time (beans,
 * observer methods, proxies).
 */
open module io.github.jooqcdi {
    exports io.github.jooqcdi;

    requires transitive org.jooq;
    requires transitive jakarta.cdi;
    requires transitive jakarta.persistence;
    requires static jakarta.transaction;
    requires static jakarta.servlet;
    requires static jakarta.ws.rs;
    requires static eclipselink;
    requires static org.hibernate.orm.core;
    requires static jdk.jfr;
    requires static microprofile.config.api; // its jar names no module: the name comes from the file name
    requires java.naming;
    requires java.xml;

    provides jakarta.enterprise.inject.spi.Extension with io.github.jooqcdi.cdi.JooqCdiExtension;
    // Not here: the servlet initializer and Hibernate's integrator (META-INF/services on the class path, as in a
    // WAR). A service of an optional module cannot be provided: without that module the layer does not resolve
    // ("does not read a module that exports jakarta.servlet"). On the module path Hibernate's mapping is read from
    // its schema manager instead (BootMetadataRecorder logs a warning); servlet containers use the class path.
}
