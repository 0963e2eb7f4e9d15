package io.github.jooqcdi.support;

import org.eclipse.persistence.sessions.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read that failed on a broken connection outside a transaction up to three times, sleeping
 * 5 s before each retry after the first ({@code DatabaseLogin.queryRetryAttemptCount} and
 * {@code delayBetweenConnectionAttempts}): while the database is down a single {@code find} then takes about 10 s.
 * This unit ({@code eclipselink.session.customizer}) retries once, at once, as an application that wants to fail fast
 * would configure it.
 */
public class NoReadRetryCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(0);
        session.getLogin().setDelayBetweenConnectionAttempts(0);
    }
}
