package io.github.jooqcdi.hibernate;

import java.util.Map;

/**
 * Hibernate's row filters in jOOQ queries, on PostgreSQL (127.0.0.1:5432), in a schema of its own: every table name is
 * schema-qualified.
 */
class HibernatePostgresRowFiltersTest extends HibernateRowFiltersContract {
    @Override
    Map<String, Object> database() {
        return Map.of("jakarta.persistence.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/test?connectTimeout=3",
                "jakarta.persistence.jdbc.user", "postgres",
                "jakarta.persistence.create-database-schemas", "true",
                "hibernate.default_schema", "hb_filters");
    }

    @Override
    String schemaPrefix() {
        return "hb_filters.";
    }
}
