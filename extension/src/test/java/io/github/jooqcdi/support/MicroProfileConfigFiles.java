package io.github.jooqcdi.support;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * An application's {@code META-INF/microprofile-config.properties}, as a deployment has it: written to a folder of
 * its own that a class loader of its own sees, which is the thread's context class loader while {@code work} runs.
 * MicroProfile Config (SmallRye Config here) keeps one configuration per class loader: it is released afterwards.
 */
public final class MicroProfileConfigFiles {

    private MicroProfileConfigFiles() {
    }

    public static <T> T withApplicationConfig(Map<String, String> values, Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        try (URLClassLoader application = new URLClassLoader(new URL[] {folder(values).toUri().toURL()}, original)) {
            thread.setContextClassLoader(application);
            try {
                return work.get();
            } finally {
                thread.setContextClassLoader(original);
                ConfigProviderResolver.instance().releaseConfig(ConfigProvider.getConfig(application));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path folder(Map<String, String> values) throws IOException {
        Path folder = Files.createTempDirectory("mp-config");
        Path file = folder.resolve("META-INF/microprofile-config.properties");
        Files.createDirectories(file.getParent());
        Properties properties = new Properties();
        properties.putAll(values);
        try (Writer out = Files.newBufferedWriter(file)) {
            properties.store(out, null);
        }
        return folder;
    }
}
