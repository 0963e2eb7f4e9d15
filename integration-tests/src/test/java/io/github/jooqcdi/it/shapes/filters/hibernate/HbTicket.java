package io.github.jooqcdi.it.shapes.filters.hibernate;

import io.github.jooqcdi.it.shapes.filters.TicketBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.TenantId;

/** Hibernate's row filters: the session's tenant, soft delete, and a restriction that hides archived tickets. */
@Entity(name = TicketBase.ENTITY)
@Table(name = TicketBase.TABLE)
@SoftDelete
@SQLRestriction("archived = false")
public class HbTicket extends TicketBase {
    @TenantId
    public String tenant;
}
