package io.github.jooqcdi.support;

import org.eclipse.persistence.Version;
import org.eclipse.persistence.platform.database.H2Platform;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.tools.schemaframework.FieldDefinition;

import java.util.UUID;

/**
 * EclipseLink 5.0.0 binds a {@code UUID} attribute as its 16 bytes, but its {@code H2Platform} generates a
 * {@code NUMBER(16)} column for it (from {@code DDLPlatform}'s generic types), into which H2 refuses the bytes: EclipseLink
 * cannot persist a UUID in the schema it generated. This unit ({@code eclipselink.session.customizer}) has EclipseLink 5
 * generate {@code BINARY(16)} on H2, as an application there would have to; EclipseLink 4 (a UUID as text) is left as
 * it is.
 */
public class H2UuidColumnsCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (Version.getVersion().startsWith("4.")) {
            return;
        }
        // after the login, which detects the database's platform, and before the schema generation
        session.getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void postLogin(SessionEvent event) {
                if (event.getSession().getPlatform() instanceof H2Platform h2) {
                    h2.getDatabaseTypes().put(UUID.class, new FieldDefinition.DatabaseType("BINARY", 16));
                }
            }
        });
    }
}
