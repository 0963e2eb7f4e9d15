package io.github.jooqcdi.demo.shop;

public enum OrderStatus {
    NEW, PAID, SHIPPED, CANCELLED
}
