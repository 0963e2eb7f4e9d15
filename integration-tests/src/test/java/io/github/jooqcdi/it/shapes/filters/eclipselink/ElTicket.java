package io.github.jooqcdi.it.shapes.filters.eclipselink;

import io.github.jooqcdi.it.shapes.filters.TicketBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Multitenant;

/**
 * EclipseLink's row filters: {@code @Multitenant} (SINGLE_TABLE, the tenant from the entity manager's
 * {@code eclipselink.tenant-id}) and criteria that hide archived tickets, with a parameter the entity manager's
 * properties give ({@code titles}: {@code t%}, every title the tests write before a rename).
 */
@Entity(name = TicketBase.ENTITY)
@Table(name = TicketBase.TABLE)
@Multitenant
@AdditionalCriteria("this.archived = false and this.title like :titles")
public class ElTicket extends TicketBase {
}
