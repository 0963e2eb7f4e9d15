package io.github.jooqcdi.tables;

import org.jooq.DataType;
import org.jooq.ForeignKey;
import org.jooq.Identity;
import org.jooq.Name;
import org.jooq.Record;
import org.jooq.Schema;
import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.impl.Internal;
import org.jooq.impl.TableImpl;

import java.util.ArrayList;
import java.util.List;

/**
 * A jOOQ table built at startup from a provider's mapping: fields, primary, unique and foreign keys. Built by
 * {@link EntityTablesBuilder} and not changed afterwards.
 */
final class MappedTable extends TableImpl<Record> {

    private static final long serialVersionUID = 1L;

    private UniqueKey<Record> primaryKey;
    private final List<UniqueKey<Record>> uniqueKeys = new ArrayList<>();
    private final List<ForeignKey<Record, ?>> foreignKeys = new ArrayList<>();
    private Identity<Record, ?> identity;

    MappedTable(Name name, Schema schema) {
        super(name, schema);
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
