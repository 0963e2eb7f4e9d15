package io.github.jooqcdi.hibernate;

import org.hibernate.dialect.Dialect;
import org.jooq.SQLDialect;

import java.util.Map;
import java.util.Optional;

/**
 * Maps Hibernate's {@link Dialect} to the jOOQ {@link SQLDialect} of the same database, by the dialect's class or its
 * nearest known superclass (so {@code MariaDBDialect}, a subclass of {@code MySQLDialect}, gives {@code MARIADB}).
 */
final class HibernateDialects {

    /** Hibernate dialect class simple name → jOOQ dialect name (looked up by name: the open-source edition's set). */
    private static final Map<String, String> BY_CLASS = Map.ofEntries(
            Map.entry("H2Dialect", "H2"),
            Map.entry("PostgreSQLDialect", "POSTGRES"),
            Map.entry("PostgresPlusDialect", "POSTGRES"),
            Map.entry("MariaDBDialect", "MARIADB"),
            Map.entry("MySQLDialect", "MYSQL"),
            Map.entry("DerbyDialect", "DERBY"),
            Map.entry("HSQLDialect", "HSQLDB"),
            Map.entry("SQLiteDialect", "SQLITE"),
            Map.entry("FirebirdDialect", "FIREBIRD"),
            Map.entry("CUBRIDDialect", "CUBRID"),
            Map.entry("DuckDBDialect", "DUCKDB"),
            Map.entry("YugabyteDBDialect", "YUGABYTEDB"),
            Map.entry("IgniteDialect", "IGNITE"),
            Map.entry("TrinoDialect", "TRINO"),
            Map.entry("ClickHouseDialect", "CLICKHOUSE"));

    private HibernateDialects() {
    }

    /** The jOOQ dialect for {@code dialect}, or empty when jOOQ's open-source edition has none for that database. */
    static Optional<SQLDialect> toJooq(Dialect dialect) {
        for (Class<?> type = dialect == null ? null : dialect.getClass(); type != null && type != Object.class;
             type = type.getSuperclass()) {
            String name = BY_CLASS.get(type.getSimpleName());
            if (name != null) {
                return byName(name);
            }
        }
        return Optional.empty();
    }

    private static Optional<SQLDialect> byName(String name) {
        for (SQLDialect candidate : SQLDialect.values()) {
            if (candidate.name().equals(name) && !candidate.commercial()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
