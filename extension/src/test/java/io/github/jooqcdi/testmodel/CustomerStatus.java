package io.github.jooqcdi.testmodel;

/** §5 enum stored {@code STRING}. */
public enum CustomerStatus {
    PROSPECT, ACTIVE, BLOCKED
}
