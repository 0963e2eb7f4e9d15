package io.github.jooqcdi.paths;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** To-ones: to a {@code JOINED} root and to an entity. */
@Entity
public class Loan {

    @Id
    private Long id;

    @ManyToOne(optional = false)
    private Item item;

    @ManyToOne(optional = false)
    private Patron patron;

    protected Loan() {
    }

    public Loan(Long id, Item item, Patron patron) {
        this.id = id;
        this.item = item;
        this.patron = patron;
    }

    public Long getId() { return id; }
}
