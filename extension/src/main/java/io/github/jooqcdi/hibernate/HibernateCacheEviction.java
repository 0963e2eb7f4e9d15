package io.github.jooqcdi.hibernate;

import jakarta.persistence.EntityManager;
import org.hibernate.Cache;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.metamodel.MappingMetamodel;
import org.hibernate.persister.entity.EntityPersister;

import java.io.Serializable;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Makes Hibernate's second-level cache coherent after DML that bypassed Hibernate, the way Hibernate does after its
 * own bulk HQL/native DML: the changed tables become Hibernate "query spaces", and Hibernate's bulk-operation cleanup
 * for them ({@link HibernateInternals#scheduleBulkCleanup}) evicts the entity, natural-id and collection regions whose
 * spaces they touch and invalidates the query cache for them. Inside a transaction the action is registered on the session's action queue, so Hibernate keeps the
 * regions locked and evicts again when the transaction completes; outside one, the regions are evicted through the
 * factory's {@link Cache} at once.
 */
final class HibernateCacheEviction {

    /** Per factory: upper-cased, unquoted space → Hibernate's space string. */
    private final Map<SessionFactoryImplementor, Map<String, String>> spacesByFactory =
            Collections.synchronizedMap(new WeakHashMap<>());

    void evict(SessionFactoryImplementor factory, EntityManager em, Set<String> tables, Set<Class<?>> entities,
               boolean everything) {
        if (!factory.getSessionFactoryOptions().isSecondLevelCacheEnabled()
                && !factory.getSessionFactoryOptions().isQueryCacheEnabled()) {
            return;
        }
        Set<String> spaces = everything ? allSpaces(factory) : spaces(factory, tables, entities);
        if (spaces.isEmpty()) {
            return;
        }
        SessionImplementor session = SessionConnections.sessionInTransaction(em);
        if (session != null) {
            HibernateInternals.scheduleBulkCleanup(session, spaces);
        } else if (everything) {
            factory.getCache().evictAllRegions();
        } else {
            evictNow(factory, spaces);
        }
    }

    private static void evictNow(SessionFactoryImplementor factory, Set<String> spaces) {
        Cache cache = factory.getCache();
        MappingMetamodel metamodel = factory.getMappingMetamodel();
        metamodel.forEachEntityDescriptor(persister -> {
            if (touches(persister.getQuerySpaces(), spaces)) {
                if (persister.hasCache()) {
                    cache.evictEntityData(persister.getEntityName());
                }
                if (persister.hasNaturalIdCache()) {
                    cache.evictNaturalIdData(persister.getEntityName());
                }
            }
        });
        metamodel.forEachCollectionDescriptor(persister -> {
            if (persister.hasCache() && touches(persister.getCollectionSpaces(), spaces)) {
                cache.evictCollectionData(persister.getRole());
            }
        });
        cache.evictQueryRegions();
    }

    private static boolean touches(Serializable[] persisterSpaces, Set<String> spaces) {
        for (Serializable space : persisterSpaces) {
            if (spaces.contains(space)) {
                return true;
            }
        }
        return false;
    }

    private Set<String> spaces(SessionFactoryImplementor factory, Set<String> tables, Set<Class<?>> entities) {
        Set<String> spaces = new LinkedHashSet<>();
        Map<String, String> known = spacesOf(factory);
        for (String table : tables) {
            String key = normalize(table);
            String space = known.get(key);
            if (space != null) {
                spaces.add(space);
            } else {
                // a table the model names without the schema Hibernate renders (or the reverse): match the ends
                known.forEach((k, s) -> {
                    if (k.endsWith("." + key) || key.endsWith("." + k)) {
                        spaces.add(s);
                    }
                });
            }
        }
        if (tables.isEmpty()) {
            for (Class<?> entity : entities) {
                EntityPersister persister = factory.getMappingMetamodel().findEntityDescriptor(entity);
                if (persister != null) {
                    for (Serializable space : persister.getQuerySpaces()) {
                        spaces.add((String) space);
                    }
                }
            }
        }
        return spaces;
    }

    private Set<String> allSpaces(SessionFactoryImplementor factory) {
        return new LinkedHashSet<>(spacesOf(factory).values());
    }

    private Map<String, String> spacesOf(SessionFactoryImplementor factory) {
        return spacesByFactory.computeIfAbsent(factory, f -> {
            Map<String, String> spaces = new HashMap<>();
            f.getMappingMetamodel().forEachEntityDescriptor(p -> {
                for (Serializable space : p.getQuerySpaces()) {
                    spaces.put(normalize((String) space), (String) space);
                }
            });
            f.getMappingMetamodel().forEachCollectionDescriptor(p -> {
                for (String space : p.getCollectionSpaces()) {
                    spaces.put(normalize(space), space);
                }
            });
            return Map.copyOf(spaces);
        });
    }

    private static String normalize(String name) {
        StringBuilder plain = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            if (c != '"' && c != '`' && c != '[' && c != ']') {
                plain.append(c);
            }
        }
        return plain.toString().toUpperCase(Locale.ROOT);
    }
}
