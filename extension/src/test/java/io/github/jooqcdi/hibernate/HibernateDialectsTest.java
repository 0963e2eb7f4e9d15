package io.github.jooqcdi.hibernate;

import org.hibernate.dialect.CockroachDialect;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.HSQLDialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.dialect.OracleDialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.dialect.PostgresPlusDialect;
import org.hibernate.dialect.SQLServerDialect;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HibernateDialectsTest {

    @Test
    void knownDatabases() {
        assertEquals(Optional.of(SQLDialect.H2), HibernateDialects.toJooq(new H2Dialect()));
        assertEquals(Optional.of(SQLDialect.POSTGRES), HibernateDialects.toJooq(new PostgreSQLDialect()));
        assertEquals(Optional.of(SQLDialect.POSTGRES), HibernateDialects.toJooq(new PostgresPlusDialect()));
        assertEquals(Optional.of(SQLDialect.MARIADB), HibernateDialects.toJooq(new MariaDBDialect()));
        assertEquals(Optional.of(SQLDialect.MYSQL), HibernateDialects.toJooq(new MySQLDialect()));
        assertEquals(Optional.of(SQLDialect.HSQLDB), HibernateDialects.toJooq(new HSQLDialect()));
    }

    @Test
    void aSubclassOfAKnownDialect() {
        Dialect custom = new PostgreSQLDialect() {
        };
        assertEquals(Optional.of(SQLDialect.POSTGRES), HibernateDialects.toJooq(custom));
    }

    @Test
    void databasesTheOpenSourceEditionHasNoDialectFor() {
        assertEquals(Optional.empty(), HibernateDialects.toJooq(new OracleDialect()));
        assertEquals(Optional.empty(), HibernateDialects.toJooq(new SQLServerDialect()));
        assertEquals(Optional.empty(), HibernateDialects.toJooq(new CockroachDialect()));
        assertEquals(Optional.empty(), HibernateDialects.toJooq(null));
    }
}
