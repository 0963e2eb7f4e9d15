package io.github.jooqcdi.hibernate;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * Keeps Hibernate's boot-time mapping model ({@link Metadata}: the {@code org.hibernate.mapping} tables, columns and
 * constraints its schema exporter uses) for each session factory, because Hibernate (6.6 and 7.4) does not offer it
 * through the session factory's API.
 * <p>
 * Hibernate finds this class through {@code META-INF/services/org.hibernate.integrator.spi.Integrator}; it loads
 * integrators through its {@code ClassLoaderService}, which includes the persistence unit's class loader (in WildFly
 * the deployment's, so a services file in {@code WEB-INF/lib} is seen). The map holds a session factory weakly and
 * forgets it when Hibernate closes it ({@link #disintegrate}), so nothing of a redeployed application stays behind.
 */
public class BootMetadataRecorder implements Integrator {

    private static final System.Logger LOG = System.getLogger(BootMetadataRecorder.class.getName());

    private static final Map<SessionFactoryImplementor, Metadata> METADATA =
            Collections.synchronizedMap(new WeakHashMap<>());

    /** For Hibernate's service loader. */
    public BootMetadataRecorder() {
    }

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                          SessionFactoryImplementor sessionFactory) {
        METADATA.put(sessionFactory, metadata);
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry registry) {
        METADATA.remove(sessionFactory);
    }

    /**
     * The boot metadata of {@code sessionFactory}: the one recorded when it was built, else (when this integrator was
     * not seen by Hibernate's class loading) the one Hibernate's own schema manager keeps
     * ({@link HibernateInternals#schemaManagerMetadata}).
     */
    static Optional<Metadata> metadataOf(SessionFactoryImplementor sessionFactory) {
        Metadata recorded = METADATA.get(sessionFactory);
        if (recorded != null) {
            return Optional.of(recorded);
        }
        Optional<Metadata> kept = fromSchemaManager(sessionFactory);
        kept.ifPresent(m -> LOG.log(System.Logger.Level.WARNING, "jooq-cdi: Hibernate did not load its integrator "
                + BootMetadataRecorder.class.getName() + " (META-INF/services/org.hibernate.integrator.spi.Integrator)"
                + "; reading the mapping metadata Hibernate's schema manager keeps instead"));
        return kept;
    }

    /** Whether this integrator holds {@code sessionFactory}'s metadata (it forgets it when the factory closes). */
    static boolean isRecorded(SessionFactoryImplementor sessionFactory) {
        return METADATA.containsKey(sessionFactory);
    }

    static Optional<Metadata> fromSchemaManager(SessionFactoryImplementor sessionFactory) {
        return HibernateInternals.schemaManagerMetadata(sessionFactory);
    }
}
