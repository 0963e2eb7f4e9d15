package io.github.jooqcdi.hibernate;

import io.github.jooqcdi.provider.InternalMember;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The EE 11 line runs on Hibernate 7.1 (WildFly Preview 38) as well as 7.4: the two members 7.4 moved or renamed are
 * checked in either form, so that the startup self-check lets a Hibernate 7.1 through.
 */
class HibernateInternals71Test {

    @Test
    void theHibernate71FormsAreAcceptedAlternatives() {
        List<String> alternatives = HibernateInternals.members().stream()
                .filter(m -> m.kind() == InternalMember.Kind.ONE_OF)
                .flatMap(m -> m.alternatives().stream()).map(InternalMember::toString).toList();
        assertTrue(alternatives.contains("class org.hibernate.internal.FilterConfiguration"), alternatives::toString);
        assertTrue(alternatives.contains("method org.hibernate.engine.spi.ActionQueue#registerProcess("
                + "org.hibernate.action.spi.AfterTransactionCompletionProcess)"), alternatives::toString);
        assertTrue(alternatives.contains("class org.hibernate.mapping.FilterConfiguration"), alternatives::toString);
        assertTrue(alternatives.contains("method org.hibernate.engine.spi.ActionQueue#registerCallback("
                + "org.hibernate.engine.spi.TransactionCompletionCallbacks$AfterCompletionCallback)"),
                alternatives::toString);
    }
}
