package io.github.jooqcdi.support;

import jakarta.enterprise.inject.Produces;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;

/** What a Jakarta EE server offers jooq-cdi through JNDI, as CDI beans for Java SE tests. */
public class JtaBeans {

    @Produces
    TransactionSynchronizationRegistry registry() {
        return Jta.registry();
    }

    @Produces
    UserTransaction userTransaction() {
        return Jta.userTransaction();
    }
}
