package io.github.jooqcdi.semantics;

import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.support.TestEmfs;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;

class EclipseLinkResourceLocalExecutorTest extends ResourceLocalContract {

    static class Producers {
        @Produces @PersistenceUnitName("el-exec") @RequestScoped
        EntityManager exec() {
            return TestEmfs.resourceLocal("el-exec").createEntityManager();
        }

        @Produces @PersistenceUnitName("el-plain") @RequestScoped
        EntityManager plain() {
            return TestEmfs.resourceLocal("el-plain").createEntityManager();
        }

        void close(@Disposes @PersistenceUnitName("el-exec") EntityManager em) {
            em.close();
        }

        void closePlain(@Disposes @PersistenceUnitName("el-plain") EntityManager em) {
            em.close();
        }
    }

    @Override
    String unit() {
        return "el-exec";
    }

    @Override
    String plainUnit() {
        return "el-plain";
    }

    @Override
    Class<?>[] producers() {
        return new Class<?>[] {Producers.class};
    }

    @Override
    String jdbcUrl(String unit) {
        return unit.equals("el-exec") ? "jdbc:h2:mem:elexec;MODE=LEGACY;DB_CLOSE_DELAY=-1"
                : "jdbc:h2:mem:elplain;MODE=LEGACY;DB_CLOSE_DELAY=-1";
    }

}
