package io.github.jooqcdi.provider;

import java.sql.Connection;
import java.sql.SQLException;

/** Borrows connections from a unit's own data source or pool, and returns them. */
public interface UnitConnections {

    /** A connection in auto-commit, borrowed for one execution. */
    Connection acquire() throws SQLException;

    /** Returns a connection from {@link #acquire()} to where it came from. */
    void release(Connection connection) throws SQLException;
}
