package io.github.jooqcdi.cdi;

import io.github.jooqcdi.ConfigurationCustomizer;
import io.github.jooqcdi.DataTypeOverride;
import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.semantics.Account;
import io.github.jooqcdi.support.TestEmfs;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** DESIGN §7: application beans customise each unit's configuration and data types, once, in @Priority order. */
@EnableWeld
class CustomizationTest {

    static final List<String> ORDER = new ArrayList<>();
    static final AtomicInteger EXECUTIONS = new AtomicInteger();
    static final DSLContext APPLICATION_DSL = DSL.using(SQLDialect.H2);

    @Dependent
    static class Producers {
        @Produces @PersistenceUnitName("hb-exec") @RequestScoped
        EntityManager em() {
            return TestEmfs.resourceLocal("hb-exec").createEntityManager();
        }

        /** The application's own DSLContext: jooq-cdi must not add a second @Default one. */
        @Produces
        DSLContext applicationDsl() {
            return APPLICATION_DSL;
        }
    }

    @ApplicationScoped
    @Priority(20)
    static class CountingCustomizer implements ConfigurationCustomizer {
        @Override
        public void customize(String unitName, org.jooq.Configuration configuration) {
            ORDER.add("counting:" + unitName);
            configuration.set(new DefaultExecuteListenerProvider(new ExecuteListener() {
                @Override
                public void executeEnd(ExecuteContext ctx) {
                    EXECUTIONS.incrementAndGet();
                }
            }));
        }
    }

    @ApplicationScoped
    @Priority(10)
    static class SettingsCustomizer implements ConfigurationCustomizer {
        @Override
        public void customize(String unitName, org.jooq.Configuration configuration) {
            ORDER.add("settings:" + unitName);
            configuration.settings().setRenderFormatted(true);
        }
    }

    @ApplicationScoped
    static class WideOwner implements DataTypeOverride {
        @Override
        public org.jooq.DataType<?> override(Column column) {
            return column.attributes().contains("Account.owner") ? SQLDataType.VARCHAR(4000) : column.chosen();
        }
    }

    @WeldSetup
    public WeldInitiator weld = WeldInitiator.from(new Weld().disableDiscovery()
                    .addExtension(new JooqCdiExtension())
                    .addBeanClasses(Producers.class, CountingCustomizer.class, SettingsCustomizer.class,
                            WideOwner.class))
            .activate(RequestScoped.class)
            .build();

    @AfterEach
    void forgetTheOrder() {
        ORDER.clear(); // each test starts its own container, which builds the unit again
    }

    @Test
    void customizersRunOnceInPriorityOrderAndTheirListenersRunBesideJooqCdis() {
        QueryExecutor queries = weld.select(QueryExecutor.class, PersistenceUnitName.Literal.of("hb-exec")).get();
        assertEquals(List.of("settings:hb-exec", "counting:hb-exec"), ORDER);
        int before = EXECUTIONS.get();
        queries.fetch(DSL.selectCount().from(queries.tables().table(Account.class)));
        assertEquals(before + 1, EXECUTIONS.get());
        assertEquals(true, queries.dsl().settings().isRenderFormatted());
        assertEquals(4000, queries.tables().field(Account.class, "owner").getDataType().length());
    }

    @Test
    void anApplicationDslContextStaysTheDefaultOne() {
        assertSame(APPLICATION_DSL, weld.select(DSLContext.class).get());
        DSLContext ours = weld.select(DSLContext.class, PersistenceUnitName.Literal.of("hb-exec")).get();
        assertEquals("hb-exec", ours.fetchValue(DSL.inline("hb-exec")));
    }
}
