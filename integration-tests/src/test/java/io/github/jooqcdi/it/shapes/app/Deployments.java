package io.github.jooqcdi.it.shapes.app;

import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether earlier deployments of this WAR are still alive: each deployment registers its class loader, weakly, in a
 * list kept in the system properties (a JDK object, so the list itself holds no deployment); after a full GC a loader
 * that is still reachable means something keeps that deployment alive.
 */
final class Deployments {

    private static final String KEY = "jooqcdi.it.deployments";

    private Deployments() {
    }

    @SuppressWarnings("unchecked")
    static synchronized String report() {
        List<WeakReference<ClassLoader>> loaders = (List<WeakReference<ClassLoader>>) System.getProperties()
                .computeIfAbsent(KEY, k -> new ArrayList<WeakReference<ClassLoader>>());
        ClassLoader mine = Deployments.class.getClassLoader();
        if (loaders.stream().noneMatch(ref -> ref.get() == mine)) {
            loaders.add(new WeakReference<>(mine));
        }
        long live = 0;
        for (int i = 0; i < 10; i++) { // bounded: ten full collections, 200 ms apart
            System.gc();
            live = loaders.stream().filter(ref -> ref.get() != null && ref.get() != mine).count();
            if (live == 0) {
                break;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        Runtime runtime = Runtime.getRuntime();
        return "deployments=" + loaders.size() + " earlierAlive=" + live
                + " loadedClasses=" + ManagementFactory.getClassLoadingMXBean().getLoadedClassCount()
                + " heapUsedMiB=" + (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    }
}
