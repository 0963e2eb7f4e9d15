package io.github.jooqcdi.eclipselink;

import io.github.jooqcdi.metadata.MappingModel;
import io.github.jooqcdi.provider.JpaProviderAdapter;
import io.github.jooqcdi.provider.RowFilter;
import io.github.jooqcdi.provider.UnitConnections;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.eclipse.persistence.jpa.JpaCache;
import org.eclipse.persistence.sessions.UnitOfWork;
import org.jooq.SQLDialect;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The EclipseLink side of jooq-cdi. Loaded by name only when EclipseLink runs the unit.
 * <ul>
 * <li>mapping: {@link EclipseLinkMappingReader} over the unit's deployed session;</li>
 * <li>transaction connection: {@code em.unwrap(Connection.class)}, which inside a JTA transaction or an active
 * {@code RESOURCE_LOCAL} transaction gives the connection of the transaction (EclipseLink begins its database
 * transaction early for that) and {@code null} otherwise; nothing to release, EclipseLink keeps it until
 * completion;</li>
 * <li>outside transactions: the unit's data source, else EclipseLink's connection pool
 * ({@link EclipseLinkUnitConnections});</li>
 * <li>shared cache: invalidation of the changed classes' hierarchies ({@link EclipseLinkCacheEviction});</li>
 * <li>completion of a {@code RESOURCE_LOCAL} transaction: the unit of work's commit and release events
 * ({@link UnitOfWorkCompletion}).</li>
 * </ul>
 */
public final class EclipseLinkAdapter implements JpaProviderAdapter {

    private final Runnable internalsCheck;

    public EclipseLinkAdapter() {
        // instantiated by name by JpaProviderAdapters
        this(EclipseLinkInternals::requireMembers);
    }

    /** An adapter that checks EclipseLink's internals with {@code internalsCheck} (for tests). */
    EclipseLinkAdapter(Runnable internalsCheck) {
        this.internalsCheck = internalsCheck;
    }

    @Override
    public String name() {
        return "EclipseLink";
    }

    /**
     * {@inheritDoc} First checks, once, that the running EclipseLink has the internal members this adapter uses
     * ({@link EclipseLinkInternals}): a unit fails at startup, naming them, rather than at its first query.
     */
    @Override
    public MappingModel readMapping(EntityManagerFactory emf) {
        internalsCheck.run();
        return new EclipseLinkMappingReader(EclipseLinkInternals.session(emf)).read();
    }

    @Override
    public List<RowFilter> rowFilters(EntityManagerFactory emf) {
        return EclipseLinkRowFilters.read(EclipseLinkInternals.session(emf));
    }

    @Override
    public Optional<SQLDialect> dialect(EntityManagerFactory emf) {
        return EclipseLinkDialects.of(EclipseLinkInternals.session(emf).getPlatform());
    }

    @Override
    public Connection transactionConnection(EntityManager em) {
        return em.unwrap(Connection.class);
    }

    @Override
    public boolean holdsEntity(EntityManager em, Predicate<Class<?>> type) {
        return EclipseLinkInternals.holdsEntity(em, type);
    }

    @Override
    public void releaseTransactionConnection(EntityManager em, Connection connection) {
        // EclipseLink holds the transaction's connection until the transaction completes
    }

    @Override
    public UnitConnections unitConnections(EntityManagerFactory emf) {
        return EclipseLinkUnitConnections.of(EclipseLinkInternals.session(emf));
    }

    @Override
    public void evict(EntityManagerFactory emf, EntityManager em, Set<String> tables, Set<Class<?>> entities,
                      boolean everything) {
        new EclipseLinkCacheEviction(EclipseLinkInternals.session(emf), emf.getCache().unwrap(JpaCache.class))
                .evict(entities, everything);
    }

    @Override
    public boolean evictAgainAfterCompletion() {
        return true;
    }

    @Override
    public boolean afterResourceLocalCompletion(EntityManager em, Runnable callback) {
        UnitOfWorkCompletion.register(em.unwrap(UnitOfWork.class), callback);
        return true;
    }

    /**
     * EclipseLink refuses native queries in a unit with {@code @Multitenant} entities unless the query allows them:
     * this allows {@code fetchEntities}' queries only, the unit's setting stays as it is.
     */
    @Override
    public Map<String, Object> nativeQueryHints() {
        return Map.of("eclipselink.jdbc.allow-native-sql-query", true);
    }
}
