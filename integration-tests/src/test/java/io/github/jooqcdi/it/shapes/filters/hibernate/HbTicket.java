package io.github.jooqcdi.it.shapes.filters.hibernate;

import io.github.jooqcdi.it.shapes.filters.TicketBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.TenantId;

/**
 * Hibernate's row filters: the session's tenant, soft delete, a restriction that hides archived tickets, and a filter
 * {@value #TITLED} that a session may enable.
 */
@Entity(name = TicketBase.ENTITY)
@Table(name = TicketBase.TABLE)
@SoftDelete
@SQLRestriction("archived = false")
@FilterDef(name = HbTicket.TITLED, parameters = @ParamDef(name = "title", type = String.class))
@Filter(name = HbTicket.TITLED, condition = "title = :title")
public class HbTicket extends TicketBase {
    public static final String TITLED = "titled";

    @TenantId
    public String tenant;
}
