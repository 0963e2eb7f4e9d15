package io.github.jooqcdi.semantics;

import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.support.JtaBeans;
import io.github.jooqcdi.support.TestEmfs;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;

class EclipseLinkJtaExecutorTest extends JtaContract {

    static final String EXEC = "jdbc:h2:mem:eljta;MODE=LEGACY;DB_CLOSE_DELAY=-1";
    static final String PLAIN = "jdbc:h2:mem:eljtaplain;MODE=LEGACY;DB_CLOSE_DELAY=-1";

    static class Producers {
        @Produces @PersistenceUnitName("el-jta") @RequestScoped
        EntityManager exec() {
            return TestEmfs.jta("el-jta", EXEC).createEntityManager();
        }

        @Produces @PersistenceUnitName("el-jta-plain") @RequestScoped
        EntityManager plain() {
            return TestEmfs.jta("el-jta-plain", PLAIN).createEntityManager();
        }

        void close(@Disposes @PersistenceUnitName("el-jta") EntityManager em) {
            em.close();
        }

        void closePlain(@Disposes @PersistenceUnitName("el-jta-plain") EntityManager em) {
            em.close();
        }
    }

    @Override
    String unit() {
        return "el-jta";
    }

    @Override
    String plainUnit() {
        return "el-jta-plain";
    }

    @Override
    Class<?>[] producers() {
        return new Class<?>[] {Producers.class, JtaBeans.class};
    }

    @Override
    String jdbcUrl(String unit) {
        return unit.equals("el-jta") ? EXEC : PLAIN;
    }

}
