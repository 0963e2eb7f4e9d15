package io.github.jooqcdi.semantics;

import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.support.TestEmfs;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;

class HibernateResourceLocalExecutorTest extends ResourceLocalContract {

    static class Producers {
        @Produces @PersistenceUnitName("hb-exec") @RequestScoped
        EntityManager exec() {
            return TestEmfs.resourceLocal("hb-exec").createEntityManager();
        }

        @Produces @PersistenceUnitName("hb-plain") @RequestScoped
        EntityManager plain() {
            return TestEmfs.resourceLocal("hb-plain").createEntityManager();
        }

        void close(@Disposes @PersistenceUnitName("hb-exec") EntityManager em) {
            em.close();
        }

        void closePlain(@Disposes @PersistenceUnitName("hb-plain") EntityManager em) {
            em.close();
        }
    }

    @Override
    String unit() {
        return "hb-exec";
    }

    @Override
    String plainUnit() {
        return "hb-plain";
    }

    @Override
    Class<?>[] producers() {
        return new Class<?>[] {Producers.class};
    }

    @Override
    String jdbcUrl(String unit) {
        return unit.equals("hb-exec") ? "jdbc:h2:mem:hbexec;DB_CLOSE_DELAY=-1"
                : "jdbc:h2:mem:hbplain;DB_CLOSE_DELAY=-1";
    }

}
