package io.github.jooqcdi.execution;

import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.cdi.JooqCdiExtension;
import io.github.jooqcdi.support.TestEmfs;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.jooq.RecordMapper;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertSame;

/** {@code fetchInto(query, Pojo.class)} builds its record mapper once per application, not once per request. */
class RecordMapperCacheTest {

    /** The target of a mapping. */
    public static final class Balance {
        public Long id;
        public String owner;
    }

    @Dependent
    static class Producer {
        @Produces
        @PersistenceUnitName("hb-exec")
        @RequestScoped
        EntityManager em() {
            return TestEmfs.resourceLocal("hb-exec").createEntityManager();
        }

        void close(@Disposes @PersistenceUnitName("hb-exec") EntityManager em) {
            em.close();
        }
    }

    @Test
    void twoRequestsGetTheSameRecordMapper() {
        try (WeldContainer container = new Weld().disableDiscovery().addExtension(new JooqCdiExtension())
                .addBeanClasses(Producer.class).initialize()) {
            RequestContextController request = container.select(RequestContextController.class).get();
            RecordMapper<?, Balance> first = mapperInARequest(container, request);
            RecordMapper<?, Balance> second = mapperInARequest(container, request);
            assertSame(first, second, "the record mapper of the first request, reused by the second");
        }
    }

    private static RecordMapper<?, Balance> mapperInARequest(WeldContainer container, RequestContextController request) {
        request.activate();
        try {
            QueryExecutor executor = container.select(QueryExecutor.class, PersistenceUnitName.Literal.of("hb-exec"))
                    .get();
            var type = executor.dsl().newResult(DSL.field(DSL.name("ID"), Long.class),
                    DSL.field(DSL.name("OWNER"), String.class)).recordType();
            return executor.dsl().configuration().recordMapperProvider().provide(type, Balance.class);
        } finally {
            request.deactivate();
        }
    }
}
