package io.github.jooqcdi.it.shapes.faults;

/** What goes wrong in a transfer (see {@link Transfers#transfer}). */
public enum Fault {
    /** Nothing: the transfer commits. */
    none,
    /** A runtime exception once every write is in the database (JPA's flushed, jOOQ's executed). */
    runtimeAfterJooqWrite,
    /** The transfer row takes the id of the seeded transfer {@link Transfers#EXISTING_TRANSFER}: a unique violation. */
    constraint,
    /** Another transaction commits a new version of the JPA side's account after this one read it. */
    optimisticLock,
    /** A jOOQ query with {@code queryTimeout(1)} that runs longer, after the writes. */
    statementTimeout
}
