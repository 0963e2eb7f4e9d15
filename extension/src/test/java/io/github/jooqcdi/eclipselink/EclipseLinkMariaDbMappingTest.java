package io.github.jooqcdi.eclipselink;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.metadata.MappingModel;
import io.github.jooqcdi.support.MariaDb;
import io.github.jooqcdi.tables.EntityTablesBuilder;
import jakarta.persistence.EntityManagerFactory;
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

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The {@code el-adapter} unit on MariaDB (127.0.0.1:3306, a database of its own), skipped when no MariaDB answers:
 * the model against the schema EclipseLink's MariaDB platform generated, the dialect, and every table and column of
 * jooq-cdi's tables selected on the server, whose table names are case-sensitive ({@code lower_case_table_names=0}).
 */
class EclipseLinkMariaDbMappingTest {

    private static String database;
    private static EntityManagerFactory emf;

    @BeforeAll
    static void boot() {
        database = MariaDb.database("el_adapter");
        emf = ElAdapterUnit.create(database, Map.of(
                "jakarta.persistence.jdbc.driver", "org.mariadb.jdbc.Driver",
                "jakarta.persistence.jdbc.url", MariaDb.url(database),
                "jakarta.persistence.jdbc.user", MariaDb.USER,
                "jakarta.persistence.jdbc.password", "",
                "jakarta.persistence.schema-generation.database.action", "create")); // a new database
    }

    @AfterAll
    static void close() {
        if (emf != null) {
            emf.close();
        }
        MariaDb.drop(database);
    }

    @Test
    void dialectIsMariaDb() {
        assertEquals(SQLDialect.MARIADB, new EclipseLinkAdapter().dialect(emf).orElseThrow());
    }

    @Test
    void modelIsTheGeneratedSchema() throws SQLException {
        MappingModel model = new EclipseLinkAdapter().readMapping(emf);
        try (Connection connection = DriverManager.getConnection(MariaDb.url(database))) {
            // read through jOOQ's MySQL Meta: jOOQ 3.21's MariaDB Meta asks information_schema.COLUMNS for
            // IS_SYSTEM_TIME_PERIOD_START, which MariaDB 10.11 does not have
            assertEquals(List.of(), SchemaComparison.differences(model,
                    DSL.using(connection, SQLDialect.MYSQL), database, MariaDb.sequences(connection, database)));
        }
    }

    @Test
    void everyTableAndColumnIsFoundByTheServer() throws SQLException {
        EntityTables tables = EntityTablesBuilder.build(ElAdapterUnit.NAME, SQLDialect.MARIADB,
                new EclipseLinkAdapter().readMapping(emf));
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
