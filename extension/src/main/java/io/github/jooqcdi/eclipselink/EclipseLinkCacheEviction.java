package io.github.jooqcdi.eclipselink;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.jpa.JpaCache;
import org.eclipse.persistence.sessions.Session;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Makes EclipseLink's shared cache coherent after DML that bypassed it: invalidates the changed entity classes with
 * their whole inheritance hierarchy (EclipseLink keeps one identity map per hierarchy root), and the query results
 * cached for them, or everything of the unit. Through EclipseLink's {@link JpaCache}: {@code evict(root)} invalidates
 * the root's class and its subclasses, {@code clearQueryCache(root)} the query results of the root's class.
 */
final class EclipseLinkCacheEviction {

    private final Session session;
    private final JpaCache cache;

    EclipseLinkCacheEviction(Session session, JpaCache cache) {
        this.session = session;
        this.cache = cache;
    }

    void evict(Set<Class<?>> entities, boolean everything) {
        if (everything) {
            cache.evictAll();
            return;
        }
        for (Class<?> root : roots(entities)) {
            cache.evict(root);
            cache.clearQueryCache(root);
        }
    }

    /** The inheritance roots of {@code entities}: invalidating a root with recursion covers the whole hierarchy. */
    private Set<Class<?>> roots(Set<Class<?>> entities) {
        Set<Class<?>> roots = new LinkedHashSet<>();
        for (Class<?> entity : entities) {
            ClassDescriptor descriptor = session.getClassDescriptor(entity);
            if (descriptor == null || descriptor.isDescriptorTypeAggregate()) {
                continue;
            }
            if (descriptor.hasInheritance()) {
                descriptor = descriptor.getInheritancePolicy().getRootParentDescriptor();
            }
            roots.add(descriptor.getJavaClass());
        }
        return roots;
    }
}
