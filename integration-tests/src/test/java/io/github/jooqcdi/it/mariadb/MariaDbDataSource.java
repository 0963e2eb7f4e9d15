package io.github.jooqcdi.it.mariadb;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The MariaDB data source of the {@code -Ddb=mariadb} leg, declared by the WAR itself (its JDBC driver is in
 * {@code WEB-INF/lib}); Deployments adds this class and points both units' {@code jta-data-source} at it. MariaDB on
 * 127.0.0.1:3306, user {@code root} with an empty password, database {@link #DATABASE}.
 */
@Singleton
@DataSourceDefinition(
        name = MariaDbDataSource.JNDI_NAME,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "jdbc:mariadb://127.0.0.1:3306/" + MariaDbDataSource.DATABASE,
        user = "root",
        password = "",
        minPoolSize = 0,
        maxPoolSize = 20)
public class MariaDbDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/jooqcdi";

    /** The database of the tests' tables, dropped and created again before each deployment (by Deployments). */
    public static final String DATABASE = "jooqcdi_it";
}
