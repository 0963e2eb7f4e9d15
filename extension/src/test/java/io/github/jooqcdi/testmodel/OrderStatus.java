package io.github.jooqcdi.testmodel;

/** §5 enum stored {@code ORDINAL}. */
public enum OrderStatus {
    NEW, PAID, SHIPPED, CANCELLED
}
