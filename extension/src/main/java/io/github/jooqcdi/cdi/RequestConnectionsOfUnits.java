package io.github.jooqcdi.cdi;

import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.connection.RequestConnections;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link RequestConnections} of each unit in the current request, made on the first query of the unit from the
 * application's entity manager of the unit. Added as a bean by {@link JooqCdiExtension}; the units' configurations
 * reach it through its client proxy, so nothing of a unit is rebuilt per request.
 */
@RequestScoped
public class RequestConnectionsOfUnits {

    private final Map<String, RequestConnections> byUnit = new ConcurrentHashMap<>();

    @Inject
    JooqUnits units;

    /** The connections of unit {@code name} in this request. */
    public RequestConnections of(String name) {
        RequestConnections connections = byUnit.get(name);
        return connections != null ? connections : byUnit.computeIfAbsent(name, n -> units.unit(n).requestConnections(
                units.applicationBeans().select(EntityManager.class, PersistenceUnitName.Literal.of(n)).get()));
    }
}
