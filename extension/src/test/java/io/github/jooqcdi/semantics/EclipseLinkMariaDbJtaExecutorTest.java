package io.github.jooqcdi.semantics;

import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.support.JtaBeans;
import io.github.jooqcdi.support.TestEmfs;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The executor's semantics on EclipseLink JTA units on MariaDB ({@link MariaDbJtaContract}). */
class EclipseLinkMariaDbJtaExecutorTest extends MariaDbJtaContract {

    static final String EXEC = "el-jta-mariadb";
    static final String PLAIN = "el-jta-mariadb-plain";

    static class Producers {
        @Produces @PersistenceUnitName(EXEC) @RequestScoped
        EntityManager exec() {
            return TestEmfs.jta(EXEC, url(EXEC)).createEntityManager();
        }

        @Produces @PersistenceUnitName(PLAIN) @RequestScoped
        EntityManager plain() {
            return TestEmfs.jta(PLAIN, url(PLAIN)).createEntityManager();
        }

        void close(@Disposes @PersistenceUnitName(EXEC) EntityManager em) {
            em.close();
        }

        void closePlain(@Disposes @PersistenceUnitName(PLAIN) EntityManager em) {
            em.close();
        }
    }

    @BeforeAll
    static void createDatabases() {
        createDatabases(EXEC, PLAIN);
    }

    @AfterAll
    static void dropDatabases() {
        dropDatabases(EXEC, PLAIN);
    }

    @Override
    String unit() {
        return EXEC;
    }

    @Override
    String plainUnit() {
        return PLAIN;
    }

    @Override
    Class<?>[] producers() {
        return new Class<?>[] {Producers.class, JtaBeans.class};
    }
}
