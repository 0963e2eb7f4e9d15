package io.github.jooqcdi.execution;

import io.github.jooqcdi.metadata.EntityModel;
import io.github.jooqcdi.metadata.MappingModel;
import io.github.jooqcdi.metadata.MappingModelBuilder;
import io.github.jooqcdi.metadata.TableModel;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EmbeddableType;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.MapAttribute;
import jakarta.persistence.metamodel.Metamodel;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import jakarta.persistence.metamodel.Type;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.QueryPart;
import org.jooq.SQL;
import org.jooq.VisitListener;
import org.jooq.impl.DSL;
import org.jooq.impl.TableImpl;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.github.jooqcdi.metadata.MappingModelBuilder.key;

/**
 * Which pending JPA changes a jOOQ query can see, built once per unit: the tables a query reads (from its query parts,
 * remembered by SQL string) and the tables a flush of each entity class can write. A flush before a query is needed
 * only when the persistence context holds an entity whose flush could write a table the query reads.
 * <p>
 * What a flush of an entity can write is taken widely: its own tables (primary, joined parents, secondary, owned join
 * and collection tables) and, transitively, those of every entity its associations reach, whatever their cascade
 * settings (a flush cascades persist along them and updates the join columns of owned one-to-many associations).
 * A query whose tables are not all known mapped tables (plain SQL, a view or a CTE by name, a routine) counts as
 * reading everything.
 */
final class FlushScope {

    /** Distinct SQL strings whose tables are remembered; beyond that, new ones are read each time. */
    private static final int REMEMBERED_QUERIES = 2048;

    /** upper-cased qualified or bare table name → the model's qualified table names (keys) */
    private final Map<String, Set<String>> tablesByName = new HashMap<>();
    /** entity class → keys of every table a flush of one of its instances can write */
    private final Map<Class<?>, Set<String>> writes = new IdentityHashMap<>();
    private final DSLContext renderer;
    /** SQL string → the keys of the tables it reads, or {@link #UNKNOWN} (the same text reads the same tables) */
    private final Map<String, Set<String>> readsBySql = new ConcurrentHashMap<>();
    private static final Set<String> UNKNOWN = Collections.unmodifiableSet(new HashSet<>());

    FlushScope(MappingModel model, EntityManagerFactory emf, Configuration unitConfiguration) {
        for (TableModel t : model.tables()) {
            tablesByName.computeIfAbsent(key(t.qualifiedName()), k -> new HashSet<>()).add(key(t.qualifiedName()));
            tablesByName.computeIfAbsent(key(t.name()), k -> new HashSet<>()).add(key(t.qualifiedName()));
        }
        Map<Class<?>, Set<String>> own = new HashMap<>();
        for (EntityModel e : model.entities()) {
            own.put(e.javaType(), e.tables().stream().map(MappingModelBuilder::key).collect(Collectors.toSet()));
        }
        Metamodel metamodel = emf.getMetamodel();
        for (Class<?> type : own.keySet()) {
            Set<String> tables = new HashSet<>();
            Set<Class<?>> seen = new HashSet<>();
            Deque<Class<?>> next = new ArrayDeque<>(Set.of(type));
            while (!next.isEmpty()) {
                Class<?> c = next.pop();
                if (seen.add(c)) {
                    tables.addAll(own.getOrDefault(c, Set.of()));
                    associationTargets(metamodel, c).stream().filter(own::containsKey).forEach(next::push);
                }
            }
            writes.put(type, Set.copyOf(tables));
        }
        renderer = DSL.using(unitConfiguration.derive());
    }

    /**
     * Whether a flush of an entity of {@code type} can change what a query reading {@code reads} sees. An
     * unknown class (not an entity of this unit's mapping) can.
     */
    boolean flushWrites(Class<?> type, Set<String> reads) {
        Set<String> written = writes.get(type);
        if (written == null) {
            return true;
        }
        for (String table : reads) {
            if (written.contains(table)) {
                return true;
            }
        }
        return false;
    }

    /** A test of entity classes for {@link #flushWrites}, answering the last class again without a lookup. */
    Predicate<Class<?>> flushWrites(Set<String> reads) {
        return new Predicate<>() {
            private Class<?> last;
            private boolean answer;

            @Override
            public boolean test(Class<?> type) {
                if (type != last) {
                    answer = flushWrites(type, reads);
                    last = type;
                }
                return answer;
            }
        };
    }

    /**
     * The keys of the mapped tables {@code query} (rendered as {@code sql}) reads or writes, or {@code null} when it
     * may read anything else: plain SQL, a table this unit does not map (a view, a CTE), no query object.
     */
    Set<String> reads(String sql, Query query) {
        if (query == null || sql == null) {
            return null;
        }
        Set<String> remembered = readsBySql.get(sql);
        if (remembered == null) {
            Set<String> read = readTables(query);
            remembered = read == null ? UNKNOWN : read;
            if (readsBySql.size() < REMEMBERED_QUERIES) {
                readsBySql.put(sql, remembered);
            }
        }
        return remembered == UNKNOWN ? null : remembered;
    }

    /** Renders {@code query} once more, collecting the tables and plain-SQL parts jOOQ visits. */
    private Set<String> readTables(Query query) {
        Set<String> read = new HashSet<>();
        boolean[] unknown = {false};
        VisitListener collector = VisitListener.onVisitStart(ctx -> {
            QueryPart part = ctx.queryPart();
            if (part instanceof SQL template) {
                unknown[0] |= mayName(template.toString());
            } else if (part instanceof TableImpl<?> table) {
                Set<String> mapped = tablesByName.get(key(SharedCacheEviction.qualified(table.getQualifiedName())));
                if (mapped == null) {
                    unknown[0] = true;
                } else {
                    read.addAll(mapped);
                }
            }
        });
        DSL.using(renderer.configuration().derive(collector)).render(query);
        return unknown[0] ? null : Set.copyOf(read);
    }

    /**
     * Whether a plain-SQL template can name a table: anything with a letter outside its {@code {0}} placeholders
     * (jOOQ itself renders {@code count(*)} through a template {@code *}).
     */
    private static boolean mayName(String template) {
        return PLACEHOLDERS.matcher(template).replaceAll("").chars().anyMatch(Character::isLetter);
    }

    private static final Pattern PLACEHOLDERS = Pattern.compile("\\{\\d+}");

    /** The entity classes the associations of {@code type} (also inside its embeddables) lead to. */
    private static Set<Class<?>> associationTargets(Metamodel metamodel, Class<?> type) {
        Set<Class<?>> targets = new HashSet<>();
        ManagedType<?> managed;
        try {
            managed = metamodel.managedType(type);
        } catch (IllegalArgumentException notManaged) {
            return targets;
        }
        collect(managed, targets, new HashSet<>());
        return targets;
    }

    private static void collect(ManagedType<?> managed, Set<Class<?>> targets, Set<ManagedType<?>> seen) {
        if (!seen.add(managed)) {
            return;
        }
        for (Attribute<?, ?> attribute : managed.getAttributes()) {
            Type<?> target = attribute instanceof PluralAttribute<?, ?, ?> plural ? plural.getElementType()
                    : attribute instanceof SingularAttribute<?, ?> singular ? singular.getType() : null;
            if (target == null) {
                continue;
            }
            if (target.getPersistenceType() == Type.PersistenceType.ENTITY) {
                targets.add(target.getJavaType());
            } else if (target instanceof EmbeddableType<?> embeddable) {
                collect(embeddable, targets, seen);
            }
            if (attribute instanceof MapAttribute<?, ?, ?> map
                    && map.getKeyType().getPersistenceType() == Type.PersistenceType.ENTITY) {
                targets.add(map.getKeyType().getJavaType());
            }
        }
    }
}
