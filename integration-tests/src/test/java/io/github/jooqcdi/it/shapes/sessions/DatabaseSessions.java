package io.github.jooqcdi.it.shapes.sessions;

import io.github.jooqcdi.QueryExecutor;
import org.jooq.Record;

/**
 * The database's sessions of a WAR that brings its own data source (FaultsIT, IsolationIT): the measure of leaks,
 * since neither server exposes its pool's in-use count to the application without monitoring turned on.
 */
public final class DatabaseSessions {

    private DatabaseSessions() {
    }

    /**
     * {@code sessions=<n> inTransaction=<m>}: the database's sessions of this application and those of them inside a
     * transaction. H2: all of {@code INFORMATION_SCHEMA.SESSIONS} of the WAR's own in-memory database (uncommitted
     * changes); PostgreSQL: {@code pg_stat_activity} rows of {@code applicationName} (idle in transaction); MariaDB:
     * {@code information_schema.PROCESSLIST} rows on the WAR's own database (an InnoDB transaction open). Call it
     * outside any transaction, through the unit's executor.
     */
    public static String count(QueryExecutor executor, String applicationName) {
        String sql = switch (executor.tables().dialect().family()) {
            case POSTGRES -> "select count(*), count(*) filter (where state like 'idle in transaction%') "
                    + "from pg_stat_activity where application_name = '" + applicationName + "'";
            // the sessions on the WAR's own database, and those (but this one) with an InnoDB transaction open
            case MARIADB, MYSQL -> "select count(*), count(t.trx_id) from information_schema.PROCESSLIST p "
                    + "left join information_schema.INNODB_TRX t on t.trx_mysql_thread_id = p.ID "
                    + "and p.ID <> connection_id() where p.DB = database()";
            default -> "select count(*), count(case when CONTAINS_UNCOMMITTED then 1 end) from INFORMATION_SCHEMA.SESSIONS";
        };
        Record row = executor.fetch(executor.dsl().resultQuery(sql)).get(0);
        return "sessions=" + row.get(0) + " inTransaction=" + row.get(1);
    }
}
