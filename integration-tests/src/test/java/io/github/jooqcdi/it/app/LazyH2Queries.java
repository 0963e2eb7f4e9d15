package io.github.jooqcdi.it.app;

import io.github.jooqcdi.ConfigurationCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import org.jooq.Configuration;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * For the heap measurement only: a query run while {@link #ON} is set runs with H2's {@code LAZY_QUERY_EXECUTION},
 * so that an in-memory H2 (WildFly's default data source) hands rows out as they are read instead of building the
 * whole result in the server's heap first; the connection gets the default back when the cursor closes.
 */
@ApplicationScoped
public class LazyH2Queries implements ConfigurationCustomizer {

    /** Set on the request's thread around the query that should run lazily. */
    public static final ThreadLocal<Boolean> ON = ThreadLocal.withInitial(() -> false);

    @Override
    public void customize(String unitName, Configuration configuration) {
        if (configuration.dialect().family() == SQLDialect.H2) {
            configuration.setAppending(new Listener());
        }
    }

    static final class Listener implements ExecuteListener {

        @Override
        public void prepareStart(ExecuteContext ctx) {
            if (ON.get()) {
                ctx.data(Listener.class, true);
                lazy(ctx, true);
            }
        }

        @Override
        public void end(ExecuteContext ctx) {
            if (ctx.data(Listener.class) != null) {
                lazy(ctx, false);
            }
        }

        private static void lazy(ExecuteContext ctx, boolean on) {
            try (Statement statement = ctx.connection().createStatement()) {
                statement.execute("SET LAZY_QUERY_EXECUTION " + on);
            } catch (SQLException e) {
                throw new DataAccessException("SET LAZY_QUERY_EXECUTION " + on, e);
            }
        }
    }
}
