package io.github.jooqcdi.hibernate;

public enum HbStatus {
    DRAFT, ACTIVE, RETIRED
}
