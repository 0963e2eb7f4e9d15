package io.github.jooqcdi.execution;

import org.jooq.Name;
import org.jooq.Query;
import org.jooq.ResultQuery;
import org.jooq.Table;
import org.jooq.impl.QOM;
import org.jooq.impl.TableImpl;

import java.util.Optional;

/** The table a DML statement changes, read from jOOQ's query object model. */
final class DmlTargets {

    private DmlTargets() {
    }

    /** What a query changes: nothing (a select), one known table, or unknown (plain-SQL DML, MERGE, DDL). */
    sealed interface Target permits None, One, Unknown {
    }

    record None() implements Target {
    }

    record One(Name table) implements Target {
    }

    record Unknown() implements Target {
    }

    static Target of(Query query) {
        Table<?> table = null;
        if (query == null) {
            return new None();
        } else if (query instanceof QOM.InsertReturning<?> r) {
            table = r.$insert().$into();
        } else if (query instanceof QOM.UpdateReturning<?> r) {
            table = r.$update().$table();
        } else if (query instanceof QOM.DeleteReturning<?> r) {
            table = r.$delete().$from();
        } else if (query instanceof QOM.Insert<?> i) {
            table = i.$into();
        } else if (query instanceof QOM.Update<?> u) {
            table = u.$table();
        } else if (query instanceof QOM.Delete<?> d) {
            table = d.$from();
        } else if (query instanceof ResultQuery<?>) {
            return new None(); // a select, also in plain SQL
        }
        return Optional.ofNullable(unaliased(table)).<Target>map(t -> new One(t.getQualifiedName()))
                .orElseGet(Unknown::new);
    }

    private static Table<?> unaliased(Table<?> table) {
        Table<?> t = table;
        while (t instanceof QOM.TableAlias<?> alias) {
            t = alias.$aliased();
        }
        // a join, a derived table or a plain-SQL table ("orders o") as target: unknown
        return t instanceof TableImpl<?> ? t : null;
    }
}
