package io.github.jooqcdi.it.shapes.leak;

import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether earlier deployments of this WAR are still alive: each deployment registers its class loader, weakly, in a
 * list kept in the system properties (a JDK object, so the list itself holds no deployment); after a full GC a loader
 * that is still reachable means something keeps that deployment alive.
 */
public final class DeploymentsAlive {

    private static final String KEY = "jooqcdi.it.deployments";

    private DeploymentsAlive() {
    }

    /** @param application the name the deployments of one WAR are registered under */
    @SuppressWarnings("unchecked")
    public static synchronized String report(String application) {
        List<WeakReference<ClassLoader>> loaders = (List<WeakReference<ClassLoader>>) System.getProperties()
                .computeIfAbsent(KEY + "." + application, k -> new ArrayList<WeakReference<ClassLoader>>());
        ClassLoader mine = DeploymentsAlive.class.getClassLoader();
        if (loaders.stream().noneMatch(ref -> ref.get() == mine)) {
            loaders.add(new WeakReference<>(mine));
        }
        // An undeployed application may be held for some seconds (a driver's cleaner thread, a pool's timer): ask again
        // for at most 40 s. Only the first deployment may stay for good (JDK 17, see RedeployIT).
        List<Integer> alive = new ArrayList<>();
        long end = System.nanoTime() + 40_000_000_000L;
        do {
            System.gc();
            alive.clear();
            for (int d = 0; d < loaders.size(); d++) {
                ClassLoader loader = loaders.get(d).get();
                if (loader != null && loader != mine) {
                    alive.add(d + 1);
                }
            }
            if (alive.isEmpty() || alive.equals(List.of(1))) {
                break;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        } while (System.nanoTime() < end);
        System.gc(); // unloads the classes of a loader collected in the last round
        Runtime runtime = Runtime.getRuntime();
        return "deployments=" + loaders.size() + " earlierAlive=" + alive.size() + " alive=" + alive.toString().replace(" ", "")
                + " loadedClasses=" + ManagementFactory.getClassLoadingMXBean().getLoadedClassCount()
                + " heapUsedMiB=" + (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    }
}
