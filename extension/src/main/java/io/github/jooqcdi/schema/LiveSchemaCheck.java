package io.github.jooqcdi.schema;

import io.github.jooqcdi.metadata.ColumnModel;
import io.github.jooqcdi.metadata.MappingModel;
import io.github.jooqcdi.metadata.TableModel;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares a unit's mapped tables and columns with the live database, through JDBC {@link DatabaseMetaData}. A name
 * is looked up the way the database stores it: an unquoted name folded as the database folds unquoted identifiers
 * (H2: upper case, PostgreSQL: lower case, a database that keeps them case-insensitive: any case), a quoted
 * (delimited) name as written where the database keeps quoted names case-sensitive. Tables and columns the database
 * has beyond the mapping are not reported; views count as tables.
 */
public final class LiveSchemaCheck {

    private final DatabaseMetaData metaData;
    private final String catalog;
    private final String defaultSchema;
    private final boolean schemasAreCatalogs;
    private final boolean columnsIgnoreCase;
    private final String escape;
    /** schema (null: the connection's) → table name as stored → its column names as stored */
    private final Map<String, Map<String, Set<String>>> tables = new HashMap<>();

    private LiveSchemaCheck(Connection connection, boolean columnsIgnoreCase) throws SQLException {
        this.metaData = connection.getMetaData();
        this.catalog = connection.getCatalog();
        this.defaultSchema = connection.getSchema();
        this.schemasAreCatalogs = !metaData.supportsSchemasInTableDefinitions();
        this.columnsIgnoreCase = columnsIgnoreCase;
        this.escape = metaData.getSearchStringEscape();
    }

    /**
     * What the database lacks of {@code model}: {@code table <name>} for each missing table (its columns are not
     * listed), then {@code column <table>.<column>} for each missing column of a table that is there; each in mapping
     * order.
     *
     * @param columnsIgnoreCase whether column names never depend on case (MySQL, MariaDB), whatever the metadata says
     *                          about table names
     */
    public static List<String> missing(MappingModel model, Connection connection, boolean columnsIgnoreCase)
            throws SQLException {
        LiveSchemaCheck check = new LiveSchemaCheck(connection, columnsIgnoreCase);
        List<String> missing = new ArrayList<>();
        List<String> missingColumns = new ArrayList<>();
        for (TableModel table : model.tables()) {
            Map<String, Set<String>> schema = check.schema(table.schema(), table.delimited());
            String stored = check.find(schema.keySet(), table.name(), table.delimited(), false);
            if (stored == null) {
                missing.add("table " + table.qualifiedName());
                continue;
            }
            Set<String> columns = schema.get(stored);
            for (ColumnModel column : table.columns()) {
                if (check.find(columns, column.name(), column.delimited(), check.columnsIgnoreCase) == null) {
                    missingColumns.add("column " + table.qualifiedName() + "." + column.name());
                }
            }
        }
        missing.addAll(missingColumns);
        return missing;
    }

    /** The tables of a schema ({@code null}: the connection's), with their columns, read once. */
    private Map<String, Set<String>> schema(String mapped, boolean delimited) throws SQLException {
        String name = mapped == null || mapped.isEmpty() ? null : stored(mapped, delimited);
        Map<String, Set<String>> found = tables.get(name);
        if (found != null) {
            return found;
        }
        String cat = catalog;
        String schema = defaultSchema;
        if (name != null && schemasAreCatalogs) {
            cat = name;
        } else if (name != null) {
            schema = name;
        }
        Map<String, Set<String>> result = new HashMap<>();
        try (ResultSet rs = metaData.getColumns(cat, pattern(schema), "%", "%")) {
            while (rs.next()) {
                if (schema == null || schemasAreCatalogs || schema.equals(rs.getString("TABLE_SCHEM"))) {
                    result.computeIfAbsent(rs.getString("TABLE_NAME"), t -> new LinkedHashSet<>())
                            .add(rs.getString("COLUMN_NAME"));
                }
            }
        }
        tables.put(name, result);
        return result;
    }

    /** The stored form of a name, where the database folds it; as written otherwise. */
    private String stored(String name, boolean delimited) throws SQLException {
        if (delimited ? metaData.storesUpperCaseQuotedIdentifiers() : metaData.storesUpperCaseIdentifiers()) {
            return name.toUpperCase(Locale.ROOT);
        }
        if (delimited ? metaData.storesLowerCaseQuotedIdentifiers() : metaData.storesLowerCaseIdentifiers()) {
            return name.toLowerCase(Locale.ROOT);
        }
        return name;
    }

    /** The name among {@code names} that the mapped name means, or null. */
    private String find(Set<String> names, String mapped, boolean delimited, boolean ignoreCase) throws SQLException {
        boolean caseSensitive = !ignoreCase && (delimited ? metaData.supportsMixedCaseQuotedIdentifiers()
                || metaData.storesUpperCaseQuotedIdentifiers() || metaData.storesLowerCaseQuotedIdentifiers()
                : metaData.supportsMixedCaseIdentifiers() || metaData.storesUpperCaseIdentifiers()
                || metaData.storesLowerCaseIdentifiers());
        String wanted = stored(mapped, delimited);
        if (caseSensitive) {
            return names.contains(wanted) ? wanted : null;
        }
        return names.stream().filter(n -> n.equalsIgnoreCase(wanted)).findFirst().orElse(null);
    }

    private String pattern(String name) {
        if (name == null) {
            return null;
        }
        if (escape == null || escape.isEmpty()) {
            return name;
        }
        return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }

    /**
     * The report of what is missing, for the log or the deployment failure.
     *
     * @param where the database checked (schema or URL), for the reader
     */
    public static String report(String unit, List<String> missing, String where) {
        long tableCount = missing.stream().filter(m -> m.startsWith("table ")).count();
        long columnCount = missing.size() - tableCount;
        return "jooq-cdi: persistence unit '" + unit + "' maps " + plural(tableCount, "table") + " and "
                + plural(columnCount, "column") + " that the database (" + Objects.toString(where, "?")
                + ") does not have: " + String.join(", ", missing) + ". Create them (or let the JPA provider's schema "
                + "generation create them) or correct the mapping; queries that use them fail";
    }

    private static String plural(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
