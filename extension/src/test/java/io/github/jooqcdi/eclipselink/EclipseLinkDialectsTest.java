package io.github.jooqcdi.eclipselink;

import org.eclipse.persistence.platform.database.DatabasePlatform;
import org.eclipse.persistence.platform.database.DerbyPlatform;
import org.eclipse.persistence.platform.database.H2Platform;
import org.eclipse.persistence.platform.database.HSQLPlatform;
import org.eclipse.persistence.platform.database.JavaDBPlatform;
import org.eclipse.persistence.platform.database.MariaDBPlatform;
import org.eclipse.persistence.platform.database.MySQLPlatform;
import org.eclipse.persistence.platform.database.Oracle19Platform;
import org.eclipse.persistence.platform.database.PostgreSQL10Platform;
import org.eclipse.persistence.platform.database.PostgreSQLPlatform;
import org.eclipse.persistence.platform.database.SQLServerPlatform;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EclipseLinkDialectsTest {

    @Test
    void platformsOfDatabasesTheOpenSourceEditionSupports() {
        assertEquals(Optional.of(SQLDialect.H2), EclipseLinkDialects.of(new H2Platform()));
        assertEquals(Optional.of(SQLDialect.POSTGRES), EclipseLinkDialects.of(new PostgreSQLPlatform()));
        assertEquals(Optional.of(SQLDialect.POSTGRES), EclipseLinkDialects.of(new PostgreSQL10Platform()));
        assertEquals(Optional.of(SQLDialect.MARIADB), EclipseLinkDialects.of(new MariaDBPlatform()));
        assertEquals(Optional.of(SQLDialect.MYSQL), EclipseLinkDialects.of(new MySQLPlatform()));
        assertEquals(Optional.of(SQLDialect.DERBY), EclipseLinkDialects.of(new DerbyPlatform()));
        assertEquals(Optional.of(SQLDialect.DERBY), EclipseLinkDialects.of(new JavaDBPlatform()));
        assertEquals(Optional.of(SQLDialect.HSQLDB), EclipseLinkDialects.of(new HSQLPlatform()));
    }

    @Test
    void subclassesOfAKnownPlatformMapLikeIt() {
        assertEquals(Optional.of(SQLDialect.H2), EclipseLinkDialects.of(new H2Platform() {
        }));
    }

    @Test
    void otherDatabasesAreUnknown() {
        assertEquals(Optional.empty(), EclipseLinkDialects.of(new Oracle19Platform()));
        assertEquals(Optional.empty(), EclipseLinkDialects.of(new SQLServerPlatform()));
        assertEquals(Optional.empty(), EclipseLinkDialects.of(new DatabasePlatform()));
        assertEquals(Optional.empty(), EclipseLinkDialects.of(null));
    }
}
