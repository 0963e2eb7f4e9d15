package io.github.jooqcdi.it.shapes.app;

import java.util.concurrent.atomic.AtomicInteger;

/** How often a counting producer made and disposed of an entity manager. */
public final class ProducerCounts {

    public static final AtomicInteger PRODUCED = new AtomicInteger();
    public static final AtomicInteger DISPOSED = new AtomicInteger();

    private ProducerCounts() {
    }
}
