package io.github.jooqcdi;

import org.jooq.Name;
import org.jooq.Path;
import org.jooq.Record;
import org.jooq.Table;

/**
 * A table reached from an entity's table along associations ({@link EntityTables#path}): a jOOQ {@link Table} and a
 * {@link Path}, as the path tables of jOOQ's generated code are, so that {@code join(path)} takes no {@code ON}.
 */
public interface PathTable extends Table<Record>, Path<Record> {

    /** The same path under another alias, to join it more than once. */
    @Override
    PathTable as(String alias);

    /** The same path under another alias, to join it more than once. */
    @Override
    PathTable as(Name alias);
}
