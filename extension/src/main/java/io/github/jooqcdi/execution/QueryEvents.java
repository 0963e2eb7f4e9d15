package io.github.jooqcdi.execution;

/**
 * The JFR side of {@link QueryObservationListener}, in a class of its own: the listener links {@link QueryEvent} (and
 * with it {@code jdk.jfr}) only through here, and only when {@link #AVAILABLE}, so a runtime whose module system
 * hides {@code jdk.jfr} from the application still runs queries (and the slow-query log), without events.
 */
final class QueryEvents {

    /** Whether {@code jdk.jfr} is visible to this library's class loader. */
    static final boolean AVAILABLE = visible();

    private QueryEvents() {
    }

    private static boolean visible() {
        try {
            Class.forName("jdk.jfr.Event", false, QueryEvents.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Holds the probe, so that it is created only when JFR is there. */
    private static final class Probe {
        /**
         * {@code isEnabled()} does not depend on the instance: asking one shared event allocates nothing per
         * execution. {@code EventType.getEventType} would say the same but starts JFR's machinery (most of a second
         * in a cold JVM) in applications that never record.
         */
        static final QueryEvent PROBE = new QueryEvent();
    }

    static boolean enabled() {
        return AVAILABLE && Probe.PROBE.isEnabled();
    }

    /** A started event, or {@code null} when JFR does not record it. */
    static Object begin() {
        if (!enabled()) {
            return null;
        }
        QueryEvent event = new QueryEvent();
        event.begin();
        return event;
    }

    /** Ends {@code started} (from {@link #begin}) and tells whether it is to be committed. */
    static boolean end(Object started) {
        QueryEvent event = (QueryEvent) started;
        event.end();
        return event.shouldCommit();
    }

    static void commit(Object started, String unit, String sql, long rows, boolean inTransaction, String error,
                       String sqlState) {
        QueryEvent event = (QueryEvent) started;
        event.unit = unit;
        event.sql = sql;
        event.rows = rows;
        event.inTransaction = inTransaction;
        event.error = error;
        event.sqlState = sqlState;
        event.commit();
    }
}
