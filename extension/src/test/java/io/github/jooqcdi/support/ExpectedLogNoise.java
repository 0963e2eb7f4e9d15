package io.github.jooqcdi.support;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * The console's filter in the tests (logging.properties): leaves out Hibernate's warning, with its stack trace, about
 * a DROP statement of {@code drop-and-create} that found nothing to drop: a schema or a table that is not there yet
 * when a unit starts on a fresh database (H2: {@code drop table if exists s.t} fails when schema {@code s} is
 * missing; PostgreSQL: {@code drop schema s}). Every other record passes, a failed CREATE among them.
 */
public final class ExpectedLogNoise implements Filter {

    private static final String SCHEMA_TOOL = "org.hibernate.tool.schema.internal.ExceptionHandlerLoggedImpl";

    @Override
    public boolean isLoggable(LogRecord record) {
        Throwable thrown = record.getThrown();
        return !(SCHEMA_TOOL.equals(record.getLoggerName()) && thrown != null && thrown.getMessage() != null
                && thrown.getMessage().startsWith("Error executing DDL \"drop "));
    }
}
