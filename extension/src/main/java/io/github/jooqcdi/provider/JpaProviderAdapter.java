package io.github.jooqcdi.provider;

import io.github.jooqcdi.metadata.MappingModel;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.jooq.SQLDialect;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the extension needs from one JPA provider. An implementation lives in the provider's own package and is
 * loaded by {@link JpaProviderAdapters} only when that provider runs the unit, so that no provider class is touched
 * on a server that does not have it.
 */
public interface JpaProviderAdapter {

    /** The provider's name, for messages. */
    String name();

    /** Reads the unit's runtime mapping (after {@code orm.xml}, naming strategies and defaults are applied). */
    MappingModel readMapping(EntityManagerFactory emf);

    /**
     * The row filters the provider adds to its own queries for a session (tenant, soft delete, restrictions, enabled
     * filters), read once at startup; their values are taken from the session at each query.
     */
    default List<RowFilter> rowFilters(EntityManagerFactory emf) {
        return List.of();
    }

    /** The jOOQ dialect that matches the provider's configured database platform, if it can tell. */
    Optional<SQLDialect> dialect(EntityManagerFactory emf);

    /**
     * The JDBC connection {@code em} uses in the transaction it has joined, for one execution. The caller never
     * closes, commits or rolls it back; it hands it back to {@link #releaseTransactionConnection}.
     *
     * @return the connection, or {@code null} if the entity manager has no transactional connection
     */
    Connection transactionConnection(EntityManager em);

    /**
     * Whether the persistence context of {@code em} holds an entity (managed, new or removed) whose class passes
     * {@code type}; the search ends at the first. Called before jOOQ queries in a transaction to decide whether a flush
     * can change what they read: cheap when the persistence context is empty.
     */
    boolean holdsEntity(EntityManager em, Predicate<Class<?>> type);

    /** Hands back a connection from {@link #transactionConnection} after one execution. */
    void releaseTransactionConnection(EntityManager em, Connection connection);

    /** The unit's own data source or pool, for work outside any transaction. */
    UnitConnections unitConnections(EntityManagerFactory emf);

    /**
     * Makes the provider's shared (second-level) cache coherent after DML that bypassed it.
     *
     * @param em       the entity manager of the current transaction (or {@code null} outside one)
     * @param tables   the changed tables, as {@code TableModel.qualifiedName()}; empty with {@code everything}
     * @param entities the entity classes whose tables (primary, secondary, join, collection) changed
     * @param everything when the changed tables are unknown (plain SQL): evict everything of the unit
     */
    void evict(EntityManagerFactory emf, EntityManager em, Set<String> tables, Set<Class<?>> entities,
               boolean everything);

    /**
     * Whether {@link #evict} must be repeated after the transaction completes, because a concurrent transaction may
     * have reloaded stale rows into the cache before this one committed. Providers that lock cache regions until
     * completion (Hibernate) answer {@code false}.
     */
    boolean evictAgainAfterCompletion();

    /**
     * Runs {@code callback} once after the active resource-local transaction of {@code em} committed or rolled back,
     * through the provider's own hook ({@code EntityTransaction} has none).
     *
     * @return {@code false} if the provider offers no such hook: {@code callback} then never runs
     */
    boolean afterResourceLocalCompletion(EntityManager em, Runnable callback);

    /** Hints every {@code fetchEntities} native query of this provider needs; none by default. */
    default Map<String, Object> nativeQueryHints() {
        return Map.of();
    }
}
