package io.github.jooqcdi.it;

import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.demo.shop.Tag;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(ArquillianExtension.class)
class SmokeIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.smoke();
    }

    @Inject
    @PersistenceUnitName("shop")
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Test
    void jpaInsertCommitsAndRollsBack() throws Exception {
        tx.begin();
        em.persist(new Tag("smoke-commit", "committed"));
        tx.commit();
        tx.begin();
        em.persist(new Tag("smoke-rollback", "rolled back"));
        tx.rollback();

        assertEquals(1L, em.createQuery("select count(t) from Tag t where t.name = 'smoke-commit'", Long.class)
                .getSingleResult());
        assertEquals(0L, em.createQuery("select count(t) from Tag t where t.name = 'smoke-rollback'", Long.class)
                .getSingleResult());
    }
}
