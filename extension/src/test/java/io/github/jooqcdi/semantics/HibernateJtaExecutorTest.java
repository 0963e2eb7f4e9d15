package io.github.jooqcdi.semantics;

import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.support.JtaBeans;
import io.github.jooqcdi.support.TestEmfs;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;

class HibernateJtaExecutorTest extends JtaContract {

    static final String EXEC = "jdbc:h2:mem:hbjta;DB_CLOSE_DELAY=-1";
    static final String PLAIN = "jdbc:h2:mem:hbjtaplain;DB_CLOSE_DELAY=-1";

    static class Producers {
        @Produces @PersistenceUnitName("hb-jta") @RequestScoped
        EntityManager exec() {
            return TestEmfs.jta("hb-jta", EXEC).createEntityManager();
        }

        @Produces @PersistenceUnitName("hb-jta-plain") @RequestScoped
        EntityManager plain() {
            return TestEmfs.jta("hb-jta-plain", PLAIN).createEntityManager();
        }

        void close(@Disposes @PersistenceUnitName("hb-jta") EntityManager em) {
            em.close();
        }

        void closePlain(@Disposes @PersistenceUnitName("hb-jta-plain") EntityManager em) {
            em.close();
        }
    }

    @Override
    String unit() {
        return "hb-jta";
    }

    @Override
    String plainUnit() {
        return "hb-jta-plain";
    }

    @Override
    Class<?>[] producers() {
        return new Class<?>[] {Producers.class, JtaBeans.class};
    }

    @Override
    String jdbcUrl(String unit) {
        return unit.equals("hb-jta") ? EXEC : PLAIN;
    }

}
