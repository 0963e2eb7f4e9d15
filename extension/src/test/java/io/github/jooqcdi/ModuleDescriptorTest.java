package io.github.jooqcdi;

import io.github.jooqcdi.cdi.JooqCdiExtension;
import io.r2dbc.spi.ConnectionFactory;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.lang.model.AnnotationInfo;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;

import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * jooq-cdi on the module path (module-info.java; the other tests run on the class path, as in a WAR): the module
 * exports the API package alone, offers its CDI extension as a service, and resolves and loads with its required
 * modules only: no JPA provider, no servlet API, no JTA API (all optional).
 */
class ModuleDescriptorTest {

    private static final String MODULE = "io.github.jooqcdi";

    @Test
    void exportsTheApiPackageAlone() {
        ModuleDescriptor module = descriptor();
        assertEquals(Set.of("io.github.jooqcdi"),
                module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()),
                "exported packages");
        assertTrue(module.isOpen(), "an open module (the CDI container reflects on its beans)");
        assertTrue(module.provides().stream().anyMatch(p -> p.service().equals(Extension.class.getName())
                        && p.providers().equals(List.of(JooqCdiExtension.class.getName()))),
                "provides " + Extension.class.getName() + ": " + module.provides());
    }

    @Test
    void resolvesAndLoadsWithItsRequiredModulesOnly() throws Exception {
        ModuleFinder finder = ModuleFinder.of(Stream.of(QueryExecutor.class, DSL.class, Publisher.class,
                        ConnectionFactory.class, Extension.class, AnnotationInfo.class, Inject.class, Interceptor.class,
                        Priority.class, EntityManager.class)
                .map(ModuleDescriptorTest::location).distinct().toArray(Path[]::new));
        Configuration resolved = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), Set.of(MODULE));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(resolved,
                ClassLoader.getPlatformClassLoader());
        ClassLoader loader = layer.findLoader(MODULE);

        Class<?> api = loader.loadClass(QueryExecutor.class.getName());
        assertEquals(MODULE, api.getModule().getName());
        assertTrue(api.getModule().isExported("io.github.jooqcdi"));
        Class<?> extension = Class.forName(JooqCdiExtension.class.getName(), false, loader);
        assertTrue(extension.getModule().isOpen(extension.getPackageName()), "open to the CDI container");
        assertTrue(extension.getDeclaredMethods().length > 0); // links against CDI and jOOQ from the layer
    }

    private static ModuleDescriptor descriptor() {
        return ModuleFinder.of(location(QueryExecutor.class)).find(MODULE)
                .orElseThrow(() -> new AssertionError("no module " + MODULE + " at " + location(QueryExecutor.class)))
                .descriptor();
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
