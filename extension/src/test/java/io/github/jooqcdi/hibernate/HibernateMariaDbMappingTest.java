package io.github.jooqcdi.hibernate;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.metadata.MappingModel;
import io.github.jooqcdi.support.MariaDb;
import io.github.jooqcdi.tables.EntityTablesBuilder;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The model against the schema Hibernate generates on MariaDB (127.0.0.1:3306, a database of its own; skipped when no
 * MariaDB answers): tables, columns, keys, the dialect, and every table and column of jooq-cdi's tables selected on
 * the server, whose table names are case-sensitive ({@code lower_case_table_names=0}).
 */
class HibernateMariaDbMappingTest {

    private static String database;
    private static EntityManagerFactory emf;
    private static MappingModel model;
    private static Map<String, Table<?>> schema;

    @BeforeAll
    static void readBoth() throws SQLException {
        database = MariaDb.database("hb_adapter");
        emf = Persistence.createEntityManagerFactory("hb-adapter-mariadb", Map.of(
                "jakarta.persistence.jdbc.url", MariaDb.url(database)));
        model = new HibernateAdapter().readMapping(emf);
        try (Connection connection = DriverManager.getConnection(MariaDb.url(database))) {
            Set<String> sequences = MariaDb.sequences(connection, database);
            // read as MySQL: jOOQ 3.21's MARIADB meta() selects information_schema.COLUMNS.IS_SYSTEM_TIME_PERIOD_START,
            // a column of MariaDB 11.4 and later (this server is 10.11)
            schema = HbSchemaAssertions.tables(DSL.using(connection, SQLDialect.MYSQL).meta().snapshot()
                    .getSchemas(database).get(0));
            sequences.forEach(s -> schema.remove(HbSchemaAssertions.upper(s)));
        }
    }

    @AfterAll
    static void close() {
        if (emf != null) {
            emf.close();
        }
        MariaDb.drop(database);
    }

    @Test
    void tablesColumnsAndKeysAsCreated() {
        HbSchemaAssertions.sameTables(model, schema);
        HbSchemaAssertions.sameColumns(model, schema);
        HbSchemaAssertions.sameKeys(model, schema);
    }

    @Test
    void dialectIsMariaDb() {
        assertEquals(SQLDialect.MARIADB, new HibernateAdapter().dialect(emf).orElseThrow());
    }

    @Test
    void everyTableAndColumnIsFoundByTheServer() throws SQLException {
        EntityTables tables = EntityTablesBuilder.build("hb-adapter-mariadb", SQLDialect.MARIADB, model);
        List<String> failures = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(MariaDb.url(database))) {
            // the tables' names are explicitly unquoted (or quoted where the provider delimits them): as the units render them
            DSLContext dsl = DSL.using(connection, SQLDialect.MARIADB);
            for (Table<?> table : tables.all()) {
                try {
                    dsl.select(table.fields()).from(table).limit(1).fetch();
                } catch (RuntimeException e) {
                    failures.add(table.getName() + ": " + e.getMessage());
                }
            }
        }
        assertEquals(List.of(), failures);
    }
}
