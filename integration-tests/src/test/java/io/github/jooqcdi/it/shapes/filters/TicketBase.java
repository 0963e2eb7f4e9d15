package io.github.jooqcdi.it.shapes.filters;

import jakarta.persistence.MappedSuperclass;

/**
 * The columns of the filtered entity {@value #ENTITY} (table {@value #TABLE}), which each provider's package maps with
 * its own row filters: {@code hibernate.HbTicket} on WildFly, {@code eclipselink.ElTicket} on Payara Micro. Both hide
 * the archived tickets and the other tenant's.
 */
@MappedSuperclass
public abstract class TicketBase {
    public static final String ENTITY = "Ticket";
    public static final String TABLE = "FILTER_TICKET";

    @jakarta.persistence.Id
    public Long id;
    public String title;
    public boolean archived;
}
