package io.github.jooqcdi.eclipselink;

import org.jooq.SQLDialect;

import java.util.List;
import java.util.Optional;

/**
 * Maps EclipseLink's {@code DatabasePlatform} to the jOOQ open-source dialect of the same database. Platforms are
 * matched by class name up their hierarchy (a subclass of {@code H2Platform} is still H2), so that a platform class
 * missing from an older EclipseLink never breaks class loading.
 */
final class EclipseLinkDialects {

    private record Known(String platformClass, SQLDialect dialect) {
    }

    private static final String PACKAGE = "org.eclipse.persistence.platform.database.";

    /** Most specific first: MariaDB extends MySQL, JavaDB extends Derby, PostgreSQL10 extends PostgreSQL. */
    private static final List<Known> KNOWN = List.of(
            new Known(PACKAGE + "H2Platform", SQLDialect.H2),
            new Known(PACKAGE + "PostgreSQLPlatform", SQLDialect.POSTGRES),
            new Known(PACKAGE + "MariaDBPlatform", SQLDialect.MARIADB),
            new Known(PACKAGE + "MySQLPlatform", SQLDialect.MYSQL),
            new Known(PACKAGE + "DerbyPlatform", SQLDialect.DERBY),
            new Known(PACKAGE + "HSQLPlatform", SQLDialect.HSQLDB),
            new Known(PACKAGE + "FirebirdPlatform", SQLDialect.FIREBIRD));

    private EclipseLinkDialects() {
    }

    /** The jOOQ dialect of {@code platform}, or empty for a database the open-source jOOQ edition does not support. */
    static Optional<SQLDialect> of(Object platform) {
        if (platform == null) {
            return Optional.empty();
        }
        for (Known known : KNOWN) {
            for (Class<?> c = platform.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                if (c.getName().equals(known.platformClass())) {
                    return Optional.of(known.dialect());
                }
            }
        }
        return bySimpleName(platform.getClass().getSimpleName());
    }

    /** Platforms from outside EclipseLink (e.g. a SQLite platform of the application) named after their database. */
    private static Optional<SQLDialect> bySimpleName(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.contains("sqlite")) {
            return Optional.of(SQLDialect.SQLITE);
        }
        return Optional.empty();
    }
}
