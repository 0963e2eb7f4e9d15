package io.github.jooqcdi.hibernate;

import io.github.jooqcdi.metadata.MappingModel;
import io.github.jooqcdi.provider.InternalMember;
import io.github.jooqcdi.provider.JpaProviderAdapter;
import io.github.jooqcdi.provider.RowFilter;
import io.github.jooqcdi.provider.UnitConnections;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Version;
import org.hibernate.boot.Metadata;
import org.hibernate.cfg.PersistenceSettings;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import org.jooq.SQLDialect;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The extension's view of Hibernate ORM (6.6 or 7.4, whose differences are in {@link HibernateInternals}): delegates
 * to one small class per concern.
 */
public class HibernateAdapter implements JpaProviderAdapter {

    private final HibernateCacheEviction eviction = new HibernateCacheEviction();
    private final Supplier<List<InternalMember>> missingInternals;

    /** Instantiated by name by {@code JpaProviderAdapters}. */
    public HibernateAdapter() {
        this(HibernateInternals::missing);
    }

    /** @param missingInternals the members of {@link HibernateInternals} the running Hibernate lacks */
    HibernateAdapter(Supplier<List<InternalMember>> missingInternals) {
        this.missingInternals = missingInternals;
    }

    @Override
    public String name() {
        return "Hibernate";
    }

    @Override
    public MappingModel readMapping(EntityManagerFactory emf) {
        SessionFactoryImplementor factory = factory(emf);
        requireInternals(unitName(factory), missingInternals.get());
        Metadata metadata = BootMetadataRecorder.metadataOf(factory).orElseThrow(() -> new IllegalStateException(
                "Hibernate's mapping metadata of persistence unit '" + unitName(factory) + "' is not available:"
                        + " jooq-cdi's Hibernate integrator (META-INF/services/org.hibernate.integrator.spi.Integrator"
                        + " → " + BootMetadataRecorder.class.getName() + ") was not loaded by Hibernate"));
        return new HibernateMappingReader(metadata, factory.getJdbcServices().getDialect(),
                factory.getSqlStringGenerationContext()).read();
    }

    @Override
    public List<RowFilter> rowFilters(EntityManagerFactory emf) {
        SessionFactoryImplementor factory = factory(emf);
        return BootMetadataRecorder.metadataOf(factory).map(m -> HibernateRowFilters.read(factory, m))
                .orElseThrow(() -> new IllegalStateException("Hibernate's mapping metadata of persistence unit '"
                        + unitName(factory) + "' is not available to read its row filters"));
    }

    @Override
    public Optional<SQLDialect> dialect(EntityManagerFactory emf) {
        return HibernateDialects.toJooq(factory(emf).getJdbcServices().getDialect());
    }

    @Override
    public Connection transactionConnection(EntityManager em) {
        return SessionConnections.acquire(em);
    }

    @Override
    public boolean holdsEntity(EntityManager em, Predicate<Class<?>> type) {
        SessionImplementor session = HibernateSessions.of(em);
        PersistenceContext context = session.getPersistenceContextInternal();
        if (context.getNumberOfManagedEntities() == 0) {
            return session.getActionQueue().hasAnyQueuedActions(); // (queued actions come with their entities)
        }
        for (Map.Entry<Object, EntityEntry> entry : context.reentrantSafeEntityEntries()) {
            if (type.test(entry.getValue().getPersister().getMappedClass())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void releaseTransactionConnection(EntityManager em, Connection connection) {
        // Hibernate releases it itself (SessionConnections)
    }

    @Override
    public UnitConnections unitConnections(EntityManagerFactory emf) {
        SessionFactoryImplementor factory = factory(emf);
        ConnectionProvider provider = factory.getServiceRegistry().getService(ConnectionProvider.class);
        if (provider == null) {
            throw new IllegalStateException("Persistence unit '" + unitName(factory)
                    + "' has no single Hibernate ConnectionProvider (multi-tenant connections are not supported)");
        }
        return new ConnectionProviderConnections(provider);
    }

    @Override
    public void evict(EntityManagerFactory emf, EntityManager em, Set<String> tables, Set<Class<?>> entities,
                      boolean everything) {
        eviction.evict(factory(emf), em, tables, entities, everything);
    }

    @Override
    public boolean evictAgainAfterCompletion() {
        return false;
    }

    /** An after-transaction process on the session's action queue, which Hibernate runs at every completion. */
    @Override
    public boolean afterResourceLocalCompletion(EntityManager em, Runnable callback) {
        HibernateInternals.afterTransactionCompletion(HibernateSessions.of(em), callback);
        return true;
    }

    /**
     * Refuses the unit (once, when its jOOQ side is built) if the Hibernate that runs lacks a member of
     * {@link HibernateInternals} ({@code missing}): a clear startup error rather than a {@code NoSuchMethodError} at
     * the first query.
     */
    static void requireInternals(String unitName, List<InternalMember> missing) {
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Persistence unit '" + unitName + "': this jooq-cdi jar was built for "
                    + "Hibernate ORM " + HibernateInternals.BUILT_FOR + ", and the Hibernate ORM "
                    + Version.getVersionString() + " that runs lacks " + missing.size() + " of the Hibernate members"
                    + " it uses: " + missing + ". Use the jooq-cdi build of this Hibernate's line (Hibernate 6.6:"
                    + " the Jakarta EE 10 build; Hibernate 7: the Jakarta EE 11 build, -Pee11)");
        }
    }

    private static String unitName(SessionFactoryImplementor factory) {
        Object name = factory.getProperties().get(PersistenceSettings.PERSISTENCE_UNIT_NAME);
        return name != null ? name.toString() : factory.getName();
    }

    private static SessionFactoryImplementor factory(EntityManagerFactory emf) {
        return emf instanceof SessionFactoryImplementor factory ? factory
                : emf.unwrap(SessionFactoryImplementor.class);
    }
}
