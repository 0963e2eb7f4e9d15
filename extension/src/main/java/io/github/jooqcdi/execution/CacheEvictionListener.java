package io.github.jooqcdi.execution;

import io.github.jooqcdi.connection.UnitConnectionProvider;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Query;
import org.jooq.Select;

/**
 * After each successful jOOQ DML statement (insert, update, delete, merge, {@code RETURNING} included), evicts the
 * entities of the changed table from the shared cache; after plain-SQL or otherwise unknown DML, everything of the
 * unit. Registered only when {@code jooq.evict-after-dml=true}.
 */
final class CacheEvictionListener implements ExecuteListener {

    private static final long serialVersionUID = 1L;

    private final transient SharedCacheEviction eviction;

    CacheEvictionListener(SharedCacheEviction eviction) {
        this.eviction = eviction;
    }

    @Override
    public void executeEnd(ExecuteContext ctx) {
        if (ctx.query() instanceof Select<?>) {
            return; // the common case, decided without reading the query
        }
        UnitConnectionProvider unit = UnitConnectionProvider.of(ctx.configuration());
        if (unit == null) {
            return;
        }
        Query[] batch = ctx.batchQueries();
        if (batch.length > 1) {
            for (Query query : batch) {
                evict(DmlTargets.of(query), unit);
            }
        } else if (ctx.query() != null) {
            evict(DmlTargets.of(ctx.query()), unit);
        } else if (ctx.sql() != null && !ctx.sql().stripLeading().regionMatches(true, 0, "select", 0, 6)) {
            evict(new DmlTargets.Unknown(), unit);
        }
    }

    private void evict(DmlTargets.Target target, UnitConnectionProvider unit) {
        if (target instanceof DmlTargets.One one) {
            eviction.evict(one.table(), unit.entityManager(), unit.transaction());
        } else if (target instanceof DmlTargets.Unknown) {
            eviction.evict(null, unit.entityManager(), unit.transaction());
        }
    }
}
