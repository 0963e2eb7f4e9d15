package io.github.jooqcdi.it.pg;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The PostgreSQL data source of the {@code -Ddb=postgresql} leg, declared by the WAR itself (its JDBC driver is in
 * {@code WEB-INF/lib}); Deployments adds this class and points both units' {@code jta-data-source} at it. Database
 * {@code test} on 127.0.0.1:5432, user {@code postgres} (trust authentication), schema {@link #SCHEMA}.
 */
@Singleton
@DataSourceDefinition(
        name = PostgresDataSource.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + PostgresDataSource.SCHEMA
                + "&ApplicationName=" + PostgresDataSource.APPLICATION_NAME,
        user = "postgres",
        password = "postgres",
        minPoolSize = 0,
        maxPoolSize = 20)
public class PostgresDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/jooqcdi";

    /** The schema of the tests' tables, dropped and created again before each deployment (by Deployments). */
    public static final String SCHEMA = "jooqcdi_it";

    /** Its connections in pg_stat_activity. */
    public static final String APPLICATION_NAME = "jooq-cdi-it";
}
