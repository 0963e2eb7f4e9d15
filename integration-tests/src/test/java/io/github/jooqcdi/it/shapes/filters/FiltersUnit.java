package io.github.jooqcdi.it.shapes.filters;

import io.github.jooqcdi.PersistenceUnitName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceProperty;

/**
 * The unit {@value #NAME}, one container-managed entity manager per tenant: EclipseLink takes the tenant from the
 * entity manager's {@code eclipselink.tenant-id} (and the criteria's parameter from its {@value #TITLES_PROPERTY}), and
 * Payara hands each call outside a transaction a new entity manager
 * with the properties of its {@code @PersistenceContext}, so a property set on the entity manager would not last.
 * Hibernate ignores the properties (its tenant comes from {@code hibernate.TicketTenants}).
 */
@ApplicationScoped
public class FiltersUnit {

    public static final String NAME = "filters";
    public static final String TENANT_PROPERTY = "eclipselink.tenant-id";
    /** The parameter of {@code ElTicket}'s {@code @AdditionalCriteria}: the titles a ticket may have. */
    public static final String TITLES_PROPERTY = "titles";

    @PersistenceContext(unitName = NAME, properties = {
            @PersistenceProperty(name = TENANT_PROPERTY, value = "a"),
            @PersistenceProperty(name = TITLES_PROPERTY, value = "t%")})
    EntityManager tenantA;

    @PersistenceContext(unitName = NAME, properties = {
            @PersistenceProperty(name = TENANT_PROPERTY, value = "b"),
            @PersistenceProperty(name = TITLES_PROPERTY, value = "t%")})
    EntityManager tenantB;

    @PersistenceContext(unitName = NAME, properties = {
            @PersistenceProperty(name = TENANT_PROPERTY, value = Tenants.NONE),
            @PersistenceProperty(name = TITLES_PROPERTY, value = "t%")})
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
