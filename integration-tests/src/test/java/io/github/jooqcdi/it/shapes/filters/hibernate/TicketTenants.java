package io.github.jooqcdi.it.shapes.filters.hibernate;

import io.github.jooqcdi.it.shapes.filters.Tenants;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/** The tenant of each session Hibernate opens ({@code hibernate.tenant_identifier_resolver}): the request's. */
public class TicketTenants implements CurrentTenantIdentifierResolver<String> {

    @Override
    public String resolveCurrentTenantIdentifier() {
        return Tenants.current();
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }
}
