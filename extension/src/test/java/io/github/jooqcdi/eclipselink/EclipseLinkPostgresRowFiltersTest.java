package io.github.jooqcdi.eclipselink;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * EclipseLink's row filters in jOOQ queries, on PostgreSQL (127.0.0.1:5432), in a schema of its own (the connection's
 * current schema).
 */
class EclipseLinkPostgresRowFiltersTest extends EclipseLinkRowFiltersContract {
    private static final String SCHEMA = "el_filters";

    @Override
    Map<String, Object> database() {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test?connectTimeout=3",
                "postgres", ""); Statement s = c.createStatement()) {
            s.execute("create schema if not exists " + SCHEMA);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return Map.of("jakarta.persistence.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/test?connectTimeout=3"
                + "&currentSchema=" + SCHEMA, "jakarta.persistence.jdbc.user", "postgres");
    }
}
