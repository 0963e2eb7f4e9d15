package io.github.jooqcdi.servlet;

import io.github.jooqcdi.cdi.JooqCdiExtension;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;

import java.util.Set;

/**
 * Builds the deployment's units when a web module starts, from {@code contextInitialized}: there the module's naming
 * context exists, so the application's {@code @PersistenceContext} producers can be created. Payara fires
 * {@code @Initialized(ApplicationScoped)} of a WAR without EJBs on a thread that has none (DESIGN §3). A unit that
 * cannot be used fails the module's start, with the reason.
 */
public class UnitsStartup implements ServletContainerInitializer, ServletContextListener {

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        context.addListener(new UnitsStartup());
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        JooqCdiExtension extension;
        try {
            extension = CDI.current().getBeanManager().getExtension(JooqCdiExtension.class);
        } catch (IllegalArgumentException e) {
            return; // jooq-cdi's extension does not run in this module: it has nothing to build
        }
        extension.units().buildAll();
    }
}
