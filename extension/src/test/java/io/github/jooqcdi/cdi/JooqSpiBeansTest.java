package io.github.jooqcdi.cdi;

import io.github.jooqcdi.ConfigurationCustomizer;
import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.support.TestEmfs;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.jooq.Configuration;
import org.jooq.Converter;
import org.jooq.ConverterProvider;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.Record;
import org.jooq.RecordMapper;
import org.jooq.RecordMapperProvider;
import org.jooq.RecordType;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConverterProvider;
import org.jooq.impl.DefaultRecordMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14: application beans of jOOQ's own SPI, per unit. A bean qualified {@code @PersistenceUnitName("x")} applies
 * to unit x only, one without qualifier to every unit; for Settings, RecordMapperProvider and ConverterProvider the
 * qualified one wins for its unit. Two units: {@code hb-exec} (Hibernate) and {@code el-exec} (EclipseLink).
 */
class JooqSpiBeansTest {

    /** unit → the listeners that ran, by name, in order, for the last query */
    static final Map<String, List<String>> RAN = new ConcurrentHashMap<>();
    /** what each customizer saw when it ran */
    static final List<String> CUSTOMIZER_SAW = Collections.synchronizedList(new ArrayList<>());
    static Settings everyUnitsSettings;

    record Label(String text) {
    }

    record Stars(int count) {
    }

    static ExecuteListener named(String name) {
        return new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                RAN.computeIfAbsent(String.valueOf(ctx.configuration().data("unit")), u -> new ArrayList<>()).add(name);
            }
        };
    }

    @Dependent
    static class Producers {
        @Produces @PersistenceUnitName("hb-exec") @RequestScoped
        EntityManager hb() {
            return TestEmfs.resourceLocal("hb-exec").createEntityManager();
        }

        @Produces @PersistenceUnitName("el-exec") @RequestScoped
        EntityManager el() {
            return TestEmfs.resourceLocal("el-exec").createEntityManager();
        }

        /** Every unit's settings; its quoting of names is overridden by jooq-cdi's, on a copy. */
        @Produces @ApplicationScoped
        Settings everyUnit() {
            everyUnitsSettings = new Settings().withRenderFormatted(true).withRenderQuotedNames(RenderQuotedNames.ALWAYS);
            return everyUnitsSettings;
        }

        /** el-exec's own settings: they replace the unqualified ones for el-exec, not merged with them. */
        @Produces @PersistenceUnitName("el-exec")
        Settings elOnly() {
            return new Settings().withQueryTimeout(7);
        }

        /** A producer method's @Priority orders it among the class beans. */
        @Produces @Priority(15)
        ExecuteListenerProvider produced() {
            return () -> named("produced-15");
        }
    }

    @ApplicationScoped @Priority(20)
    static class EveryUnitListener implements ExecuteListenerProvider {
        @Override
        public ExecuteListener provide() {
            return named("every-unit-20");
        }
    }

    @ApplicationScoped @Priority(10) @PersistenceUnitName("hb-exec")
    static class HbOnlyListener implements ExecuteListenerProvider {
        @Override
        public ExecuteListener provide() {
            return named("hb-only-10");
        }
    }

    @ApplicationScoped @PersistenceUnitName("hb-exec")
    static class HbLabels implements RecordMapperProvider {
        @Override
        @SuppressWarnings("unchecked")
        public <R extends Record, E> RecordMapper<R, E> provide(RecordType<R> recordType, Class<? extends E> type) {
            if (type == Label.class) {
                return record -> (E) new Label("mapped:" + record.get(0));
            }
            return new DefaultRecordMapper<>(recordType, type);
        }
    }

    @ApplicationScoped
    static class StarsConverters implements ConverterProvider {
        @Override
        public <T, U> Converter<T, U> provide(Class<T> tType, Class<U> uType) {
            if (uType == Stars.class && Number.class.isAssignableFrom(tType)) {
                return Converter.ofNullable(tType, uType, t -> uType.cast(new Stars(((Number) t).intValue())),
                        u -> null);
            }
            return new DefaultConverterProvider().provide(tType, uType);
        }
    }

    @ApplicationScoped @Priority(1)
    static class LastCustomizer implements ConfigurationCustomizer {
        @Override
        public void customize(String unitName, Configuration configuration) {
            configuration.data("unit", unitName);
            CUSTOMIZER_SAW.add(unitName + ": formatted " + configuration.settings().isRenderFormatted()
                    + ", converters " + configuration.converterProvider().getClass().getSimpleName().contains("Stars")
                    + ", listeners " + configuration.executeListenerProviders().length);
            List<ExecuteListenerProvider> all = new ArrayList<>(List.of(configuration.executeListenerProviders()));
            all.add(() -> named("customizer"));
            configuration.set(all.toArray(ExecuteListenerProvider[]::new));
        }
    }

    static WeldContainer container;
    static RequestContextController request;

    @BeforeAll
    static void start() {
        container = new Weld().disableDiscovery().addExtension(new JooqCdiExtension())
                .addBeanClasses(Producers.class, EveryUnitListener.class, HbOnlyListener.class, HbLabels.class,
                        StarsConverters.class, LastCustomizer.class)
                .initialize();
        request = container.select(RequestContextController.class).get();
        request.activate();
    }

    @AfterAll
    static void stop() {
        request.deactivate();
        container.close();
    }

    static QueryExecutor unit(String name) {
        return container.select(QueryExecutor.class, PersistenceUnitName.Literal.of(name)).get();
    }

    @Test
    void executeListenerProvidersRunAfterJooqCdisInPriorityOrderQualifiedOnesOnTheirUnitOnly() {
        RAN.clear();
        unit("hb-exec").fetch(DSL.selectOne());
        assertEquals(List.of("hb-only-10", "produced-15", "every-unit-20", "customizer"), RAN.remove("hb-exec"));
        unit("el-exec").fetch(DSL.selectOne());
        assertEquals(List.of("produced-15", "every-unit-20", "customizer"), RAN.remove("el-exec"));
        List<String> listeners = new ArrayList<>();
        for (ExecuteListenerProvider p : unit("hb-exec").dsl().configuration().executeListenerProviders()) {
            listeners.add(p.provide().getClass().getName());
        }
        // jooq-cdi's own four (observation, flush, rollback-only, eviction) first, then the beans', then the customizer's
        assertEquals(8, listeners.size(), listeners::toString);
        assertTrue(listeners.subList(0, 4).stream().allMatch(n -> n.startsWith("io.github.jooqcdi.execution.")),
                listeners::toString);
    }

    @Test
    void theQualifiedSettingsReplaceTheUnqualifiedOnesForTheirUnitAndJooqCdiStillRendersNamesUnquoted() {
        Settings hb = unit("hb-exec").dsl().settings();
        assertEquals(true, hb.isRenderFormatted());
        assertEquals(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED, hb.getRenderQuotedNames());
        assertEquals(RenderQuotedNames.ALWAYS, everyUnitsSettings.getRenderQuotedNames(), "the bean's own is not changed");
        Settings el = unit("el-exec").dsl().settings();
        assertEquals(7, el.getQueryTimeout());
        assertEquals(false, el.isRenderFormatted());
        assertEquals(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED, el.getRenderQuotedNames());
        assertTrue(unit("hb-exec").dsl().render(DSL.select(DSL.field(DSL.name("a"))).from(DSL.name("t"))).contains("\n"),
                "formatted SQL");
    }

    @Test
    void aQualifiedRecordMapperProviderMapsOnItsUnitOnly() {
        assertEquals(new Label("mapped:x"), unit("hb-exec").fetchInto(DSL.select(DSL.inline("x")), Label.class).get(0));
        assertEquals(new Label("x"), unit("el-exec").fetchInto(DSL.select(DSL.inline("x")), Label.class).get(0));
    }

    @Test
    void anUnqualifiedConverterProviderConvertsOnEveryUnit() {
        for (String name : List.of("hb-exec", "el-exec")) {
            assertEquals(new Stars(3), unit(name).fetch(DSL.select(DSL.inline(3))).get(0).get(0, Stars.class), name);
        }
    }

    @Test
    void customizersRunLastAndSeeTheBeansApplied() {
        assertEquals(List.of("hb-exec: formatted true, converters true, listeners 3",
                "el-exec: formatted false, converters true, listeners 2"), CUSTOMIZER_SAW.stream()
                .sorted(Collections.reverseOrder()).toList());
    }

    @Dependent
    static class TwoSettingsForEveryUnit {
        @Produces
        Settings teamSettings() {
            return new Settings();
        }

        @Produces
        Settings auditSettings() {
            return new Settings();
        }
    }

    @Test
    void twoUnqualifiedSettingsFailTheDeploymentNamingBoth() {
        String message = DeploymentProblemsTest.startupFailure(TwoSettingsForEveryUnit.class);
        assertTrue(message.contains("2 beans of jOOQ's org.jooq.conf.Settings apply to every persistence unit (no "
                + "qualifier), but a unit takes one: ["), message);
        assertTrue(message.contains("teamSettings") && message.contains("auditSettings"), message);
    }

    @ApplicationScoped @PersistenceUnitName("hb-exec")
    static class OtherHbLabels extends HbLabels {
    }

    @ApplicationScoped @PersistenceUnitName("hb-exce")
    static class MisnamedConverters extends StarsConverters {
    }

    @Test
    void twoRecordMapperProvidersOfOneUnitAndABeanOfAnUnknownUnitFailTheDeployment() {
        String message = DeploymentProblemsTest.startupFailure(HbLabels.class, OtherHbLabels.class,
                MisnamedConverters.class);
        assertTrue(message.contains("2 beans of jOOQ's org.jooq.RecordMapperProvider apply to persistence unit "
                + "'hb-exec', but a unit takes one: ["), message);
        assertTrue(message.contains(HbLabels.class.getSimpleName()) && message.contains(OtherHbLabels.class.getSimpleName()),
                message);
        assertTrue(message.contains("The ConverterProvider bean ") && message.contains("is qualified "
                + "@PersistenceUnitName(\"hb-exce\"), which names no persistence unit of this deployment; its units "
                + "are [el, hb, hb-snake, el-exec, hb-exec"), message);
    }
}
