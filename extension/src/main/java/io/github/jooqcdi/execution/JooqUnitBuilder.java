package io.github.jooqcdi.execution;

import io.github.jooqcdi.ConfigurationCustomizer;
import io.github.jooqcdi.DataTypeOverride;
import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.connection.UnitConnectionProvider;
import io.github.jooqcdi.metadata.MappingModel;
import io.github.jooqcdi.provider.JpaProviderAdapter;
import io.github.jooqcdi.provider.RowFilter;
import io.github.jooqcdi.provider.UnitConnections;
import io.github.jooqcdi.schema.LiveSchemaCheck;
import io.github.jooqcdi.tables.EntityTablesBuilder;
import io.github.jooqcdi.transaction.ContainerTransactionProvider;
import io.github.jooqcdi.transaction.TransactionState;
import io.github.jooqcdi.unit.UnitSettings;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.jooq.Configuration;
import org.jooq.ConnectionProvider;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.SQLDialect;
import org.jooq.VisitListenerProvider;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.conf.SettingsTools;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.jooq.impl.DefaultVisitListenerProvider;
import org.jooq.tools.jdbc.JDBCUtils;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Builds a unit's {@link JooqUnit} once: mapping, dialect, tables and jOOQ configuration. */
public final class JooqUnitBuilder {

    private static final System.Logger LOG = System.getLogger(JooqUnitBuilder.class.getName());

    private JooqUnitBuilder() {
    }

    /**
     * @param unitName     the persistence unit
     * @param settings     its {@code jooq.*} properties
     * @param emf          the container's (or application's) factory of the unit
     * @param adapter      the adapter of the unit's provider
     * @param transactions the transaction state of an entity manager of the unit
     * @param customizers  application customizers, in order
     * @param overrides    application data type overrides, in order
     * @throws IllegalStateException when the unit cannot be used: the message says why and what to change
     */
    public static JooqUnit build(String unitName, UnitSettings settings, EntityManagerFactory emf,
                                 JpaProviderAdapter adapter, Function<EntityManager, TransactionState> transactions,
                                 List<ConfigurationCustomizer> customizers, List<DataTypeOverride> overrides) {
        return build(unitName, settings, emf, adapter, transactions, JooqSpiBeans.NONE, customizers, overrides);
    }

    /**
     * The same, with the application's beans of jOOQ's SPI: its {@code Settings} replace jOOQ's defaults (jooq-cdi
     * then sets the rendering of names it needs), its record mapper and converter providers replace jOOQ's, its
     * execute listener providers run after jooq-cdi's listeners; then the customizers run, last.
     */
    public static JooqUnit build(String unitName, UnitSettings settings, EntityManagerFactory emf,
                                 JpaProviderAdapter adapter, Function<EntityManager, TransactionState> transactions,
                                 JooqSpiBeans spi, List<ConfigurationCustomizer> customizers,
                                 List<DataTypeOverride> overrides) {
        long start = System.nanoTime();
        MappingModel model = adapter.readMapping(emf);
        for (String warning : model.warnings()) {
            LOG.log(System.Logger.Level.WARNING, "Persistence unit '" + unitName + "': " + warning);
        }
        UnitConnections connections = adapter.unitConnections(emf);
        SQLDialect dialect = settings.dialect().or(() -> adapter.dialect(emf))
                .orElseGet(() -> detect(unitName, connections));
        if (dialect == SQLDialect.DEFAULT || !dialect.supported()) {
            throw new IllegalStateException("Persistence unit '" + unitName + "': the jOOQ open-source edition has "
                    + "no dialect for its database; set the property " + UnitSettings.DIALECT
                    + " in persistence.xml (or " + UnitSettings.microProfileKey(unitName, UnitSettings.DIALECT)
                    + " in MicroProfile Config) to one of " + UnitSettings.supportedDialects());
        }
        EntityTables tables = EntityTablesBuilder.build(unitName, dialect, model, overrides);
        String schemaCheck = checkSchema(unitName, settings.schemaCheck(), model, connections, dialect);

        Settings jooqSettings = spi.settings() != null ? SettingsTools.clone(spi.settings()) : new Settings();
        Configuration configuration = new DefaultConfiguration()
                .set(dialect)
                .set(jooqSettings.withRenderQuotedNames(quotedNames(dialect)));
        if (spi.recordMapperProvider() != null) {
            configuration.set(spi.recordMapperProvider());
        }
        if (spi.converterProvider() != null) {
            configuration.set(spi.converterProvider());
        }
        configuration.set(spi.executeListenerProviders().toArray(ExecuteListenerProvider[]::new));
        for (ConfigurationCustomizer customizer : customizers) {
            customizer.customize(unitName, configuration);
        }
        List<ExecuteListener> ours = new ArrayList<>();
        ours.add(new QueryObservationListener(unitName, settings.slowQueryMs().orElse(-1)));
        if (settings.flush() == UnitSettings.FlushMode.AUTO) {
            ours.add(new FlushBeforeQueryListener(adapter, new FlushScope(model, emf, configuration)));
        }
        ours.add(new RollbackOnErrorListener());
        if (settings.evictAfterDml()) {
            ours.add(new CacheEvictionListener(new SharedCacheEviction(adapter, emf, model)));
        }
        List<RowFilter> filters = adapter.rowFilters(emf);
        RowFilterListener rowFilters = settings.rowFilters() ? new RowFilterListener(unitName, model, filters) : null;
        if (rowFilters == null && !filters.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "Persistence unit '" + unitName + "': " + UnitSettings.ROW_FILTERS
                    + "=false: jOOQ queries see the rows these filters hide from JPA queries: "
                    + filters.stream().map(RowFilter::description).toList());
        }
        if (rowFilters != null && rowFilters.filters()) {
            List<VisitListenerProvider> visitors = new ArrayList<>(List.of(configuration.visitListenerProviders()));
            visitors.add(new DefaultVisitListenerProvider(rowFilters));
            configuration.set(visitors.toArray(VisitListenerProvider[]::new));
        }
        // whatever the customizers set, jooq-cdi's listeners stay, and run first
        List<ExecuteListenerProvider> listeners = new ArrayList<>(
                List.of(DefaultExecuteListenerProvider.providers(ours.toArray(ExecuteListener[]::new))));
        listeners.addAll(List.of(configuration.executeListenerProviders()));
        configuration.set(listeners.toArray(ExecuteListenerProvider[]::new))
                .set(new ContainerTransactionProvider(ctx -> UnitConnectionProvider.of(ctx.configuration())
                        .transaction()))
                .set(new OnlyThroughQueryExecutor(unitName));
        shareJooqCaches(configuration);

        int degraded = EntityTablesBuilder.degradedColumns(tables);
        LOG.log(System.Logger.Level.INFO, () -> "jooq-cdi: persistence unit '" + unitName + "' (" + adapter.name()
                + ", dialect " + dialect + "): " + tables.all().size() + " tables, " + model.entities().size()
                + " entities, flush " + settings.flush() + ", eviction after DML "
                + (settings.evictAfterDml() ? "on" : "off") + ", slow-query log "
                + (settings.slowQueryMs().isPresent() ? "from " + settings.slowQueryMs().getAsLong() + " ms" : "off")
                + ", schema check " + schemaCheck
                + ", row filters " + (rowFilters == null ? "off" : rowFilters.filters() ? "on" : "none")
                + ", " + degraded + " degraded (OTHER-typed) column" + (degraded == 1 ? "" : "s")
                + (degraded == 0 ? "" : " (listed in the warning above)")
                + "; built in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        return new JooqUnit(unitName, adapter, connections, tables, configuration, transactions);
    }

    /**
     * How names render that were not created explicitly quoted or unquoted ({@code DSL.name}, {@code as("alias")}):
     * unquoted, so that they match the names the provider's unquoted DDL had the database fold (EclipseLink's
     * mixed-case defaults stored upper-cased). MariaDB and MySQL fold no identifier, quoted or not, so there they are
     * quoted: an alias that is a keyword there ({@code lines}, {@code key}) still works.
     */
    static RenderQuotedNames quotedNames(SQLDialect dialect) {
        SQLDialect family = dialect.family();
        return family == SQLDialect.MARIADB || family == SQLDialect.MYSQL ? RenderQuotedNames.EXPLICIT_DEFAULT_QUOTED
                : RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED;
    }

    /**
     * jOOQ keeps its record mappers and reflection results in the data of the configuration a query runs with, created
     * on first use. Each request runs with a configuration derived from the unit's, which copies the unit's data: caches
     * created here, once, are shared by every request; created in a request, they would die with it and
     * {@code fetchInto(query, Pojo.class)} would build its record mapper again in every request.
     */
    private static void shareJooqCaches(Configuration configuration) {
        DSL.using(configuration).newRecord(DSL.field(DSL.name("value"), Integer.class)).into(CachePrimer.class);
    }

    /** Mapped to once, so that jOOQ creates its caches in the unit's configuration. */
    public static final class CachePrimer {
        public Integer value;
    }

    /**
     * Compares the mapped tables with the live database ({@code jooq.schema-check}); returns what the startup line says.
     *
     * @throws IllegalStateException with {@code FAIL}, listing every missing table and column
     */
    private static String checkSchema(String unitName, UnitSettings.SchemaCheck mode, MappingModel model,
                                      UnitConnections connections, SQLDialect dialect) {
        if (mode == UnitSettings.SchemaCheck.OFF) {
            return "off";
        }
        List<String> missing;
        String where;
        try {
            Connection c = connections.acquire();
            try {
                // not the URL: it may carry a password
                where = c.getMetaData().getDatabaseProductName() + " database " + c.getCatalog()
                        + (c.getSchema() == null ? "" : ", schema " + c.getSchema());
                missing = LiveSchemaCheck.missing(model, c,
                        dialect.family() == SQLDialect.MYSQL || dialect.family() == SQLDialect.MARIADB);
            } finally {
                connections.release(c);
            }
        } catch (SQLException e) {
            String message = "jooq-cdi: persistence unit '" + unitName + "': cannot compare the mapping with the "
                    + "database (" + e.getMessage() + "), as " + UnitSettings.SCHEMA_CHECK + "="
                    + mode.name().toLowerCase(Locale.ROOT) + " asks";
            if (mode == UnitSettings.SchemaCheck.FAIL) {
                throw new IllegalStateException(message, e);
            }
            LOG.log(System.Logger.Level.WARNING, message, e);
            return mode.name().toLowerCase(Locale.ROOT) + ": not checked (see the warning above)";
        }
        String name = mode.name().toLowerCase(Locale.ROOT);
        if (missing.isEmpty()) {
            return name + ": nothing missing";
        }
        String report = LiveSchemaCheck.report(unitName, missing, where);
        if (mode == UnitSettings.SchemaCheck.FAIL) {
            throw new IllegalStateException(report + " (" + UnitSettings.SCHEMA_CHECK + "=fail; set it to warn to "
                    + "deploy all the same)");
        }
        LOG.log(System.Logger.Level.WARNING, report);
        return name + ": " + missing.size() + " missing (listed in the warning above)";
    }

    private static SQLDialect detect(String unitName, UnitConnections connections) {
        try {
            Connection c = connections.acquire();
            try {
                return JDBCUtils.dialect(c);
            } finally {
                connections.release(c);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Persistence unit '" + unitName + "': cannot detect the SQL dialect ("
                    + e.getMessage() + "); set the property " + UnitSettings.DIALECT + " in persistence.xml (or "
                    + UnitSettings.microProfileKey(unitName, UnitSettings.DIALECT) + " in MicroProfile Config)", e);
        }
    }

    /** The unit configuration's own connection provider: queries run only through a {@code QueryExecutor}. */
    private record OnlyThroughQueryExecutor(String unitName) implements ConnectionProvider {
        @Override
        public Connection acquire() {
            throw new IllegalStateException("The jOOQ configuration of persistence unit '" + unitName
                    + "' runs queries only through an injected QueryExecutor or DSLContext");
        }

        @Override
        public void release(Connection connection) {
        }
    }
}
