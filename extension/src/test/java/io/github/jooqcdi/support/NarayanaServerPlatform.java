package io.github.jooqcdi.support;

import jakarta.transaction.TransactionManager;
import org.eclipse.persistence.platform.server.ServerPlatformBase;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.ExternalTransactionController;
import org.eclipse.persistence.transaction.JTATransactionController;

/** Lets EclipseLink's JTA units use Narayana in Java SE ({@code eclipselink.target-server}). */
public class NarayanaServerPlatform extends ServerPlatformBase {

    public NarayanaServerPlatform(DatabaseSession session) {
        super(session);
    }

    @Override
    public Class<? extends ExternalTransactionController> getExternalTransactionControllerClass() {
        return NarayanaTransactionController.class;
    }

    /** EclipseLink's JTA controller on Narayana's transaction manager. */
    public static class NarayanaTransactionController extends JTATransactionController {
        @Override
        protected TransactionManager acquireTransactionManager() {
            return Jta.transactionManager();
        }
    }
}
