package io.github.jooqcdi.it.shapes.filters.eclipselink;

import io.github.jooqcdi.it.shapes.filters.TicketBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Multitenant;

/**
 * EclipseLink's row filters: {@code @Multitenant} (SINGLE_TABLE, the tenant from the entity manager's
 * {@code eclipselink.tenant-id}) and criteria that hide archived tickets.
 */
@Entity(name = TicketBase.ENTITY)
@Table(name = TicketBase.TABLE)
@Multitenant
@AdditionalCriteria("this.archived = false")
public class ElTicket extends TicketBase {
}
