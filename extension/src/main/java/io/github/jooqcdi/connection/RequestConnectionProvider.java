package io.github.jooqcdi.connection;

import org.jooq.ConnectionProvider;

import java.sql.Connection;
import java.util.function.Supplier;

/**
 * The one jOOQ {@link ConnectionProvider} of a unit's configuration, built once: each execution gets its connection
 * from the {@link RequestConnections} of the current request.
 */
public final class RequestConnectionProvider implements ConnectionProvider {

    private final Supplier<RequestConnections> current;

    /** @param current the unit's connections in the current request (throws outside a request) */
    public RequestConnectionProvider(Supplier<RequestConnections> current) {
        this.current = current;
    }

    @Override
    public Connection acquire() {
        return current.get().acquire();
    }

    @Override
    public void release(Connection connection) {
        current.get().release(connection);
    }
}
