package io.github.jooqcdi.it.shapes.filters;

import io.github.jooqcdi.PersistenceUnitName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceProperty;

/**
 * The unit {@value #NAME}, one container-managed entity manager per tenant: EclipseLink takes the tenant from the
 * entity manager's {@code eclipselink.tenant-id}, and Payara hands each call outside a transaction a new entity manager
 * with the properties of its {@code @PersistenceContext}, so a property set on the entity manager would not last.
 * Hibernate ignores the property (its tenant comes from {@code hibernate.TicketTenants}).
 */
@ApplicationScoped
public class FiltersUnit {

    public static final String NAME = "filters";
    public static final String TENANT_PROPERTY = "eclipselink.tenant-id";

    @PersistenceContext(unitName = NAME, properties = @PersistenceProperty(name = TENANT_PROPERTY, value = "a"))
    EntityManager tenantA;

    @PersistenceContext(unitName = NAME, properties = @PersistenceProperty(name = TENANT_PROPERTY, value = "b"))
    EntityManager tenantB;

    @PersistenceContext(unitName = NAME, properties = @PersistenceProperty(name = TENANT_PROPERTY, value = Tenants.NONE))
    EntityManager noTenant;

    @Produces @PersistenceUnitName(NAME)
    EntityManager em() {
        return switch (Tenants.current()) {
            case "a" -> tenantA;
            case "b" -> tenantB;
            default -> noTenant;
        };
    }
}
