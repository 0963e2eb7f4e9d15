package io.github.jooqcdi.it.shapes.filters;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/** {@link FilterQueries} inside a JTA transaction; the seed of the rows, through JPA. */
@RequestScoped
@Transactional
public class InTransaction {

    @Inject
    FilterQueries queries;

    @Inject
    FiltersUnit unit;

    public String paths() {
        return queries.paths();
    }

    public String tickets(List<Long> otherTenantsIds) {
        return queries.tickets(otherTenantsIds);
    }

    public String enabledFilter(String title) {
        return queries.enabledFilter(title);
    }

    public String plainSql() {
        return queries.plainSql();
    }

    public int renameAll(String title) {
        return queries.renameAll(title);
    }

    public int deleteAll() {
        return queries.deleteAll();
    }

    /**
     * Persists the tenant's tickets {@code <base>+1} to {@code <base>+4}, {@code <base>+2} archived, and removes
     * {@code <base>+3} (Hibernate's {@code @SoftDelete} marks it deleted; EclipseLink deletes it). The provider sets
     * the tenant of each.
     */
    public void seedTickets(long base) throws ReflectiveOperationException {
        var em = unit.em();
        Class<?> entity = em.getMetamodel().getEntities().stream()
                .filter(e -> e.getName().equals(TicketBase.ENTITY)).findFirst().orElseThrow().getJavaType();
        TicketBase removed = null;
        for (long i = 1; i <= 4; i++) {
            TicketBase ticket = (TicketBase) entity.getDeclaredConstructor().newInstance();
            ticket.id = base + i;
            ticket.title = "t" + (base + i);
            ticket.archived = i == 2;
            em.persist(ticket);
            if (i == 3) {
                removed = ticket;
            }
        }
        em.flush();
        em.remove(removed);
    }

    /** Shelves 1 A, 2 B, 3 C; volumes 10, 11 on A, 12 on B, 13 on none; writers 100, 101, 102. */
    public void seedPaths() {
        var em = unit.em();
        Shelf[] shelves = new Shelf[3];
        for (int i = 0; i < 3; i++) {
            shelves[i] = new Shelf();
            shelves[i].id = i + 1L;
            shelves[i].label = String.valueOf((char) ('A' + i));
            em.persist(shelves[i]);
        }
        Writer[] writers = new Writer[3];
        for (int i = 0; i < 3; i++) {
            writers[i] = new Writer();
            writers[i].id = 100L + i;
            writers[i].name = "w" + i;
            em.persist(writers[i]);
        }
        Shelf[] shelfOf = {shelves[0], shelves[0], shelves[1], null};
        Writer[][] writersOf = {{writers[0], writers[1]}, {writers[0]}, {}, {writers[1]}};
        for (int i = 0; i < 4; i++) {
            Volume volume = new Volume();
            volume.id = 10L + i;
            volume.title = "v" + volume.id;
            volume.shelf = shelfOf[i];
            volume.writers.addAll(List.of(writersOf[i]));
            em.persist(volume);
        }
    }
}
