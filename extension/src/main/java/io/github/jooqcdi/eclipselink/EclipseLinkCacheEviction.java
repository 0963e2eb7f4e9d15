package io.github.jooqcdi.eclipselink;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.sessions.IdentityMapAccessor;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Makes EclipseLink's shared cache coherent after DML that bypassed it: invalidates the changed entity classes with
 * their whole inheritance hierarchy (EclipseLink keeps one identity map per hierarchy root), and the query results
 * cached for them, or everything of the unit.
 */
final class EclipseLinkCacheEviction {

    private final AbstractSession session;

    EclipseLinkCacheEviction(AbstractSession session) {
        this.session = session;
    }

    void evict(Set<Class<?>> entities, boolean everything) {
        IdentityMapAccessor cache = session.getIdentityMapAccessor();
        if (everything) {
            cache.invalidateAll();
            return;
        }
        for (Class<?> root : roots(entities)) {
            cache.invalidateClass(root, true);
            cache.invalidateQueryCache(root);
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
