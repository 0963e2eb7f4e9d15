package io.github.jooqcdi.hibernate;

import java.util.Map;

/** Hibernate's row filters in jOOQ queries, on H2 in memory. */
class HibernateRowFiltersTest extends HibernateRowFiltersContract {
    @Override
    Map<String, Object> database() {
        return Map.of();
    }

    @Override
    String schemaPrefix() {
        return "";
    }
}
