package io.github.jooqcdi.tables;

import io.github.jooqcdi.PathTable;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Identity;
import org.jooq.InverseForeignKey;
import org.jooq.Name;
import org.jooq.Record;
import org.jooq.Schema;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;
import org.jooq.impl.Internal;
import org.jooq.impl.TableImpl;

import java.util.ArrayList;
import java.util.List;

/**
 * A jOOQ table built at startup from a provider's mapping: fields, primary, unique and foreign keys. Built by
 * {@link EntityTablesBuilder} and not changed afterwards.
 * <p>
 * A <b>path table</b> is this table reached from another one through a foreign key, as jOOQ's generated
 * {@code Path} tables are ({@code BOOK.author()}): through the key itself (to-one) or its inverse (to-many). jOOQ
 * joins it without {@code ON} and renders it under an alias derived from the path.
 */
class MappedTable extends TableImpl<Record> {

    private static final long serialVersionUID = 1L;

    private UniqueKey<Record> primaryKey;
    private final List<UniqueKey<Record>> uniqueKeys;
    private final List<ForeignKey<Record, ?>> foreignKeys;
    private Identity<Record, ?> identity;
    /** The table this one is a path to, or this table itself. */
    private final MappedTable base;
    /** The entity whose rows a path reaches, or {@code null} (a plain table, or a collection table). */
    private final Class<?> entity;

    MappedTable(Name name, Schema schema) {
        super(name, schema);
        this.uniqueKeys = new ArrayList<>();
        this.foreignKeys = new ArrayList<>();
        this.base = this;
        this.entity = null;
    }

    /** A path from {@code path} to {@code base}: through {@code childPath} (to-one) or {@code parentPath} (to-many). */
    private MappedTable(Table<?> path, ForeignKey<?, Record> childPath, InverseForeignKey<?, Record> parentPath,
                        MappedTable base, Class<?> entity) {
        super(path, childPath, parentPath, base);
        this.base = base;
        this.entity = entity;
        for (Field<?> field : base.fields()) {
            addField(field.getUnqualifiedName(), field.getDataType());
        }
        this.primaryKey = base.primaryKey;
        this.uniqueKeys = base.uniqueKeys;
        this.foreignKeys = base.foreignKeys;
        this.identity = base.identity;
    }

    /** {@code aliased}, a path table, under another alias. */
    private MappedTable(Name alias, MappedTable aliased) {
        super(alias, null, aliased);
        this.base = aliased.base;
        this.entity = aliased.entity;
        for (Field<?> field : aliased.fields()) {
            addField(field.getUnqualifiedName(), field.getDataType());
        }
        this.primaryKey = aliased.primaryKey;
        this.uniqueKeys = aliased.uniqueKeys;
        this.foreignKeys = aliased.foreignKeys;
        this.identity = aliased.identity;
    }

    /** The path table of {@code base} reached from {@code from} through the foreign key {@code key} of {@code from}. */
    static MappedTable toOne(MappedTable from, ForeignKey<Record, Record> key, MappedTable base, Class<?> entity) {
        return new MappedPathTable(from, key, null, base, entity);
    }

    /** The path table of {@code base} reached from {@code from} through the inverse of {@code key} of {@code base}. */
    static MappedTable toMany(MappedTable from, ForeignKey<Record, Record> key, MappedTable base, Class<?> entity) {
        return new MappedPathTable(from, null, key.getInverseKey(), base, entity);
    }

    /** A path table, marked as jOOQ's generated ones are. */
    private static final class MappedPathTable extends MappedTable implements PathTable {
        private static final long serialVersionUID = 1L;

        MappedPathTable(Table<?> path, ForeignKey<?, Record> childPath, InverseForeignKey<?, Record> parentPath,
                  MappedTable base, Class<?> entity) {
            super(path, childPath, parentPath, base, entity);
        }

        private MappedPathTable(Name alias, MappedPathTable aliased) {
            super(alias, aliased);
        }

        @Override
        public MappedPathTable as(String alias) {
            return as(DSL.name(alias));
        }

        @Override
        public MappedPathTable as(Name alias) {
            return new MappedPathTable(alias, this);
        }
    }

    /** The table this one is a path to, or this table itself. */
    MappedTable base() {
        return base;
    }

    /** The entity a path reaches, or {@code null}. */
    Class<?> entity() {
        return entity;
    }

    /** Whether this is a path table. */
    boolean isPath() {
        return base != this;
    }

    <T> TableField<Record, T> addField(Name name, DataType<T> type) {
        return createField(name, type);
    }

    void primaryKey(UniqueKey<Record> key) {
        this.primaryKey = key;
    }

    void uniqueKey(UniqueKey<Record> key) {
        uniqueKeys.add(key);
    }

    void foreignKey(ForeignKey<Record, ?> key) {
        foreignKeys.add(key);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void identity(TableField<Record, ?> field) {
        this.identity = Internal.createIdentity(this, (TableField) field);
    }

    @Override
    public UniqueKey<Record> getPrimaryKey() {
        return primaryKey;
    }

    @Override
    public List<UniqueKey<Record>> getUniqueKeys() {
        return uniqueKeys;
    }

    @Override
    public List<ForeignKey<Record, ?>> getReferences() {
        return foreignKeys;
    }

    @Override
    public Identity<Record, ?> getIdentity() {
        return identity;
    }
}
