package io.github.jooqcdi.eclipselink;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.SessionEventManager;
import org.eclipse.persistence.sessions.UnitOfWork;

import java.util.ArrayList;
import java.util.List;

/**
 * The completion callbacks of a {@code RESOURCE_LOCAL} entity manager's transaction: one listener on its unit of
 * work runs them after the commit (when the changes are in the database and merged into the shared cache) or the
 * release (a rollback, or a failed commit). The unit of work outlives the transaction (EclipseLink resumes it after a
 * commit), so the listener stays registered and runs each callback once.
 */
final class UnitOfWorkCompletion extends SessionEventAdapter {

    private static final System.Logger LOG = System.getLogger(UnitOfWorkCompletion.class.getName());

    private List<Runnable> callbacks = new ArrayList<>();

    /** Runs {@code callback} when the transaction of {@code uow} completes. */
    static void register(UnitOfWork uow, Runnable callback) {
        SessionEventManager events = uow.getEventManager();
        UnitOfWorkCompletion completion;
        synchronized (events) {
            completion = (UnitOfWorkCompletion) events.getListeners().stream()
                    .filter(UnitOfWorkCompletion.class::isInstance).findFirst().orElse(null);
            if (completion == null) {
                completion = new UnitOfWorkCompletion();
                events.addListener(completion);
            }
        }
        completion.add(callback);
    }

    private synchronized void add(Runnable callback) {
        callbacks.add(callback);
    }

    @Override
    public void postCommitUnitOfWork(SessionEvent event) {
        completed();
    }

    @Override
    public void postReleaseUnitOfWork(SessionEvent event) {
        completed();
    }

    /** Runs the pending callbacks; a failing one must not turn a committed transaction into a failed commit. */
    private void completed() {
        List<Runnable> due;
        synchronized (this) {
            due = callbacks;
            callbacks = new ArrayList<>();
        }
        for (Runnable callback : due) {
            try {
                callback.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "jooq-cdi: a callback after the transaction's completion "
                        + "failed", e);
            }
        }
    }
}
