package io.github.jooqcdi.it.app;

import jakarta.enterprise.context.ApplicationScoped;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Samples the server's heap between {@link #start} and {@link #stop}: every millisecond the used heap (its peak counts
 * garbage too), and every 250 ms the used heap right after a full collection ({@code System.gc()}): its maximum is
 * what the export kept alive. Standard {@code java.lang.management} only (WildFly hides {@code com.sun.management}
 * from deployments).
 */
@ApplicationScoped
public class HeapSampler {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private volatile boolean running;
    private Thread thread;
    private long baseline;
    private volatile long peak;
    private volatile long maxAfterGc;
    private volatile long fullCollections;
    private volatile long collections;

    /** Collects garbage, takes the baseline, and starts sampling. */
    public synchronized String start() {
        if (running) {
            stop();
        }
        collect();
        baseline = used();
        peak = baseline;
        maxAfterGc = baseline;
        collections = 0;
        fullCollections = 0;
        running = true;
        thread = new Thread(this::sample, "export-heap-sampler");
        thread.setDaemon(true);
        thread.start();
        return "baseline " + mb(baseline);
    }

    /** Stops sampling; the figures in MB, relative to the baseline where it says so. */
    public synchronized String stop() {
        running = false;
        if (thread != null) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return String.format("baseline=%d peak=%d maxAfterGc=%d fullGcs=%d otherGcs=%d max=%d", mb(baseline),
                mb(peak), mb(maxAfterGc), fullCollections, collections - fullCollections,
                mb(memory.getHeapMemoryUsage().getMax()));
    }

    private void sample() {
        long start = collectionCount();
        long nextFull = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(250);
        while (running) {
            peak = Math.max(peak, used());
            if (System.nanoTime() >= nextFull) {
                System.gc();
                fullCollections++;
                maxAfterGc = Math.max(maxAfterGc, used());
                nextFull = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(250);
            }
            collections = collectionCount() - start;
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }

    private long used() {
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static long collectionCount() {
        long count = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
        }
        return count;
    }

    private static void collect() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }
}
