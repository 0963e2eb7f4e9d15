package io.github.jooqcdi.eclipselink;

import io.github.jooqcdi.metadata.ColumnModel;
import io.github.jooqcdi.metadata.ForeignKeyModel;
import io.github.jooqcdi.metadata.KeyModel;
import io.github.jooqcdi.metadata.MappingModelBuilder.TableBuilder;
import io.github.jooqcdi.metadata.MappingModelBuilder;
import io.github.jooqcdi.metadata.TableModel;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.platform.database.DatabasePlatform;
import org.eclipse.persistence.sequencing.DefaultSequence;
import org.eclipse.persistence.sequencing.NativeSequence;
import org.eclipse.persistence.sequencing.Sequence;
import org.eclipse.persistence.sequencing.TableSequence;
import org.eclipse.persistence.sequencing.UnaryTableSequence;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.tools.schemaframework.DefaultTableGenerator;
import org.eclipse.persistence.tools.schemaframework.FieldDefinition;
import org.eclipse.persistence.tools.schemaframework.ForeignKeyConstraint;
import org.eclipse.persistence.tools.schemaframework.TableDefinition;
import org.eclipse.persistence.tools.schemaframework.UniqueKeyConstraint;
import org.jooq.tools.reflect.Reflect;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static io.github.jooqcdi.metadata.MappingModelBuilder.key;

/**
 * The tables of a unit exactly as EclipseLink's own schema generation creates them: it asks EclipseLink's
 * {@link DefaultTableGenerator} for the table definitions (entity, secondary, inheritance, join, collection tables,
 * with their columns, primary, unique and foreign keys named as EclipseLink names them) and adds the tables of the
 * table sequences the entities use, as {@code SchemaManager} does. Column types come from the basic mappings where an
 * attribute maps the column (so that jOOQ binds what EclipseLink binds), else from the generated definition; a join
 * column takes the type of the column it references.
 */
final class EclipseLinkSchemaTables {

    /** One column being read, before its type may be taken from the column a foreign key references. */
    private static final class Column {
        final FieldDefinition definition;
        final String name;
        final boolean delimited;
        ColumnType type;
        boolean typeFromBasic;

        Column(FieldDefinition definition, String name, boolean delimited) {
            this.definition = definition;
            this.name = name;
            this.delimited = delimited;
        }
    }

    private record Table(TableDefinition definition, String schema, String name, boolean delimited,
                         Map<String, Column> columns) {
        String qualifiedName() {
            return TableModel.qualify(schema, name);
        }
    }

    private final Session session;
    private final DatabasePlatform platform;
    private final EclipseLinkColumnTypes columnTypes;
    private final EclipseLinkConverters converters;
    private final EclipseLinkDefaultSizes defaultSizes;

    EclipseLinkSchemaTables(Session session, EclipseLinkColumnTypes columnTypes) {
        this.session = session;
        this.platform = session.getPlatform();
        this.columnTypes = columnTypes;
        this.converters = new EclipseLinkConverters(session);
        this.defaultSizes = new EclipseLinkDefaultSizes(platform);
    }

    /** Adds every table EclipseLink's schema generation creates for the unit. */
    void addTo(MappingModelBuilder builder) {
        List<TableDefinition> definitions = new ArrayList<>(
                new DefaultTableGenerator(session.getProject()).generateDefaultTableCreator().getTableDefinitions());
        definitions.addAll(sequenceTables());

        Map<String, Table> tables = new LinkedHashMap<>();
        Map<String, Table> byFullName = new HashMap<>();
        for (TableDefinition definition : definitions) {
            Table table = table(definition);
            if (tables.putIfAbsent(key(table.qualifiedName()), table) == null) {
                byFullName.put(key(unquoteAll(definition.getFullName())), table);
                byFullName.putIfAbsent(key(table.name()), table);
            }
        }
        resolveJoinColumnTypes(tables.values(), byFullName);

        for (Table table : tables.values()) {
            TableBuilder t = builder.table(table.schema(), table.name(), table.delimited());
            for (Column column : table.columns().values()) {
                t.column(columnModel(column));
            }
            t.primaryKey(primaryKey(table));
            for (KeyModel unique : uniqueKeys(table)) {
                t.uniqueKey(unique);
            }
            for (ForeignKeyConstraint constraint : table.definition().getForeignKeys()) {
                ForeignKeyModel foreignKey = foreignKey(constraint, byFullName);
                if (foreignKey != null) {
                    t.foreignKey(foreignKey);
                }
            }
        }
    }

    private Table table(TableDefinition definition) {
        Name name = unquote(definition.getName());
        String schema = definition.getQualifier() == null || definition.getQualifier().isEmpty() ? null
                : unquote(definition.getQualifier()).text();
        Map<String, Column> columns = new LinkedHashMap<>();
        Table table = new Table(definition, schema, name.text(), name.delimited(), columns);
        for (FieldDefinition field : definition.getFields()) {
            Name columnName = unquote(field.getName());
            Column column = new Column(field, columnName.text(), columnName.delimited());
            ColumnType basic = columnTypes.typeOf(table.qualifiedName(), column.name, ddlType(field), converters);
            column.typeFromBasic = basic != null;
            column.type = basic != null ? basic : ddlColumnType(field);
            columns.putIfAbsent(key(column.name), column);
        }
        return table;
    }

    /** A join column that no basic attribute maps binds like the column it references (its converter included). */
    private void resolveJoinColumnTypes(Iterable<Table> tables, Map<String, Table> byFullName) {
        Set<Column> resolved = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Table table : tables) {
                for (ForeignKeyConstraint constraint : table.definition().getForeignKeys()) {
                    Table target = byFullName.get(key(unquoteAll(constraint.getTargetTable())));
                    List<?> sources = constraint.getSourceFields();
                    List<String> targets = constraint.getTargetFields();
                    if (target == null || sources == null || targets == null || sources.size() != targets.size()) {
                        continue;
                    }
                    for (int i = 0; i < sources.size(); i++) {
                        Column source = table.columns().get(key(unquote(String.valueOf(sources.get(i))).text()));
                        Column referenced = target.columns().get(key(unquote(targets.get(i)).text()));
                        if (source == null || referenced == null || source.typeFromBasic || resolved.contains(source)
                                || (!referenced.typeFromBasic && !resolved.contains(referenced))) {
                            continue;
                        }
                        source.type = referenced.type;
                        resolved.add(source);
                        changed = true;
                    }
                }
            }
        }
    }

    private ColumnModel columnModel(Column column) {
        FieldDefinition field = column.definition;
        ColumnType type = column.type;
        Integer length = null;
        Integer precision = null;
        Integer scale = null;
        EclipseLinkDefaultSizes.Size size = type.lob() ? null
                : defaultSizes.printed(ddlType(field), field.getSize(), field.getSubSize());
        if (size != null) {
            Class<?> sized = type.databaseType();
            if (sized == String.class || sized == byte[].class) {
                length = size.size();
            } else if (sized == BigDecimal.class || sized == BigInteger.class) {
                precision = size.size();
                scale = size.subSize();
            }
        }
        return new ColumnModel(column.name, column.delimited, type.databaseType(), type.lob(), length, precision,
                scale, nullable(field), field.isIdentity(), type.converter());
    }

    private static boolean nullable(FieldDefinition field) {
        if (field.isPrimaryKey()) {
            return false;
        }
        String userDefinition = field.getTypeDefinition();
        if (userDefinition != null && !userDefinition.isBlank()) {
            return !userDefinition.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").contains("NOT NULL");
        }
        return field.shouldAllowNull();
    }

    /** The Java type EclipseLink's schema generation gives a column, or {@code null} for a column definition. */
    private static Class<?> ddlType(FieldDefinition field) {
        if (field.getType() != null) {
            return field.getType();
        }
        return field.getDatabaseField() == null ? null : field.getDatabaseField().getType();
    }

    private static ColumnType ddlColumnType(FieldDefinition field) {
        Class<?> type = ddlType(field);
        Class<?> lob = EclipseLinkConverters.lobType(type);
        if (lob != null) {
            return new ColumnType(lob, true, null);
        }
        return new ColumnType(type == null ? Object.class : Reflect.wrapper(type), false, null);
    }

    private KeyModel primaryKey(Table table) {
        List<String> columns = table.definition().getPrimaryKeyFieldNames().stream()
                .map(c -> unquote(c).text()).toList();
        if (columns.isEmpty()) {
            return null;
        }
        String name = platform.requiresNamedPrimaryKeyConstraints()
                ? unquoteAll(table.definition().getFullName()) + "_PK" : null;
        return new KeyModel(name, columns);
    }

    private List<KeyModel> uniqueKeys(Table table) {
        List<KeyModel> keys = new ArrayList<>();
        for (UniqueKeyConstraint constraint : table.definition().getUniqueKeys()) {
            List<String> columns = new ArrayList<>();
            for (Object field : constraint.getSourceFields()) {
                columns.add(unquote(String.valueOf(field)).text());
            }
            if (!columns.isEmpty()) {
                keys.add(new KeyModel(unquoteAll(constraint.getName()), columns));
            }
        }
        int primaryKeySize = table.definition().getPrimaryKeyFieldNames().size();
        for (Column column : table.columns().values()) {
            FieldDefinition field = column.definition;
            // EclipseLink drops UNIQUE from a single-column primary key; the database names the constraint
            if (field.isUnique() && (!field.isPrimaryKey() || primaryKeySize > 1)) {
                keys.add(new KeyModel(null, List.of(column.name)));
            }
        }
        return keys;
    }

    private ForeignKeyModel foreignKey(ForeignKeyConstraint constraint, Map<String, Table> byFullName) {
        if (constraint.isDisableForeignKey() || constraint.getSourceFields() == null
                || constraint.getSourceFields().isEmpty() || constraint.getTargetTable() == null) {
            return null;
        }
        Table target = byFullName.get(key(unquoteAll(constraint.getTargetTable())));
        if (target == null) {
            return null;
        }
        List<String> columns = new ArrayList<>();
        for (Object field : constraint.getSourceFields()) {
            columns.add(unquote(String.valueOf(field)).text());
        }
        List<String> targetColumns = constraint.getTargetFields().stream().map(c -> unquote(c).text()).toList();
        if (targetColumns.size() != columns.size()) {
            return null;
        }
        return new ForeignKeyModel(constraint.getName() == null ? null : unquoteAll(constraint.getName()), columns,
                target.qualifiedName(), targetColumns);
    }

    /** The tables of the table sequences that entities use, as EclipseLink's {@code SchemaManager} creates them. */
    private List<TableDefinition> sequenceTables() {
        List<TableDefinition> definitions = new ArrayList<>();
        Set<String> sequenceNames = new HashSet<>();
        Set<String> tableNames = new HashSet<>();
        DatasourceLogin login = (DatasourceLogin) session.getDatasourceLogin();
        for (ClassDescriptor descriptor : session.getProject().getOrderedDescriptors()) {
            if (!descriptor.usesSequenceNumbers()) {
                continue;
            }
            String sequenceName = descriptor.getSequenceNumberName() != null ? descriptor.getSequenceNumberName()
                    : login.getDefaultSequence().getName();
            if (!sequenceNames.add(sequenceName)) {
                continue;
            }
            TableDefinition definition = sequenceTable(login.getSequence(sequenceName));
            if (definition != null && tableNames.add(key(definition.getFullName()))) {
                definitions.add(definition);
            }
        }
        return definitions;
    }

    private static TableDefinition sequenceTable(Sequence sequence) {
        if (sequence == null || sequence.shouldAcquireValueAfterInsert()) {
            return null;
        }
        Sequence effective = sequence instanceof DefaultSequence d && d.getDefaultSequence() != null
                ? d.getDefaultSequence() : sequence;
        if (effective instanceof TableSequence table) {
            TableDefinition definition = new TableDefinition();
            definition.setName(table.getTableName());
            definition.setQualifier(table.getQualifier());
            definition.addPrimaryKeyField(table.getNameFieldName(), String.class, 50);
            definition.addField(table.getCounterFieldName(), BigDecimal.class);
            return definition;
        }
        if (effective instanceof UnaryTableSequence unary) {
            TableDefinition definition = new TableDefinition();
            definition.setName(sequence.getName());
            definition.setQualifier(unary.getQualifier());
            definition.addField(unary.getCounterFieldName(), BigDecimal.class);
            return definition;
        }
        if (effective instanceof NativeSequence nativeSequence && nativeSequence.hasDelegateSequence()) {
            return sequenceTable(nativeSequence.getDelegateSequence());
        }
        return null;
    }

    private record Name(String text, boolean delimited) {
    }

    private Name unquote(String name) {
        String start = platform.getStartDelimiter();
        String end = platform.getEndDelimiter();
        if (name != null && start != null && end != null && !start.isEmpty() && name.length() > start.length()
                + end.length() && name.startsWith(start) && name.endsWith(end)) {
            return new Name(name.substring(start.length(), name.length() - end.length()), true);
        }
        return new Name(name, false);
    }

    /** A (possibly qualified) name without any delimiters, for lookups. */
    private String unquoteAll(String name) {
        if (name == null) {
            return null;
        }
        String result = name;
        for (String delimiter : new String[] {platform.getStartDelimiter(), platform.getEndDelimiter()}) {
            if (delimiter != null && !delimiter.isEmpty()) {
                result = result.replace(delimiter, "");
            }
        }
        return result;
    }

}
