package io.github.jooqcdi.execution;

import io.github.jooqcdi.metadata.EntityModel;
import io.github.jooqcdi.metadata.MappingModel;
import io.github.jooqcdi.metadata.TableModel;
import io.github.jooqcdi.provider.JpaProviderAdapter;
import io.github.jooqcdi.transaction.TransactionState;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.jooq.Name;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.github.jooqcdi.metadata.MappingModelBuilder.key;

/**
 * Keeps a unit's shared (second-level) cache coherent after jOOQ DML: knows which entity classes each table belongs
 * to (built once from the mapping) and asks the provider to evict them.
 */
final class SharedCacheEviction {

    private final JpaProviderAdapter adapter;
    private final EntityManagerFactory emf;
    /** upper-cased qualified or bare table name → the model's qualified table names */
    private final Map<String, Set<String>> tablesByName = new HashMap<>();
    /** the model's qualified table name → the entity classes that read or write it */
    private final Map<String, Set<Class<?>>> entitiesByTable = new HashMap<>();

    SharedCacheEviction(JpaProviderAdapter adapter, EntityManagerFactory emf, MappingModel model) {
        this.adapter = adapter;
        this.emf = emf;
        for (TableModel t : model.tables()) {
            tablesByName.computeIfAbsent(key(t.qualifiedName()), k -> new LinkedHashSet<>()).add(t.qualifiedName());
            tablesByName.computeIfAbsent(key(t.name()), k -> new LinkedHashSet<>()).add(t.qualifiedName());
        }
        for (EntityModel e : model.entities()) {
            for (String table : e.tables()) {
                entitiesByTable.computeIfAbsent(key(table), k -> new LinkedHashSet<>()).add(e.javaType());
            }
        }
    }

    /** Evicts what DML on {@code table} (or, with {@code null}, on unknown tables) may have made stale. */
    void evict(Name table, EntityManager em, TransactionState transaction) {
        Set<String> tables;
        Set<Class<?>> entities;
        boolean everything = table == null;
        if (everything) {
            tables = Set.of();
            entities = Set.of();
        } else {
            tables = tablesByName.getOrDefault(key(qualified(table)), Set.of());
            if (tables.isEmpty()) {
                return; // not a table of this unit: nothing cached
            }
            entities = new HashSet<>();
            for (String t : tables) {
                entities.addAll(entitiesByTable.getOrDefault(key(t), Set.of()));
            }
        }
        boolean active = transaction.isActive();
        adapter.evict(emf, active ? em : null, tables, entities, everything);
        if (active && adapter.evictAgainAfterCompletion()) {
            AfterCompletion pending = transaction.resource(this, () -> {
                AfterCompletion created = new AfterCompletion();
                // without a completion callback (an unknown provider's resource-local transaction) nothing more to do
                transaction.afterCompletion(created::evict);
                return created;
            });
            pending.add(tables, entities, everything);
        }
    }

    /** What one transaction changed, evicted once more when it completes (one callback per transaction and unit). */
    private final class AfterCompletion {
        private final Set<String> tables = new HashSet<>();
        private final Set<Class<?>> entities = new HashSet<>();
        private boolean everything;

        synchronized void add(Set<String> changedTables, Set<Class<?>> changedEntities, boolean all) {
            tables.addAll(changedTables);
            entities.addAll(changedEntities);
            everything |= all;
        }

        synchronized void evict() {
            adapter.evict(emf, null, tables, entities, everything);
        }
    }

    static String qualified(Name name) {
        List<String> parts = Arrays.stream(name.parts()).map(Name::last).toList();
        // catalog.schema.table: the model knows schema.table
        return parts.subList(Math.max(0, parts.size() - 2), parts.size()).stream().collect(Collectors.joining("."));
    }

}
