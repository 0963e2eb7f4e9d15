package io.github.jooqcdi.paths;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** To-ones: to a {@code JOINED} root, and two to the same entity (a join must pick the right key). */
@Entity
public class Loan {

    @Id
    private Long id;

    @ManyToOne(optional = false)
    private Item item;

    @ManyToOne(optional = false)
    private Patron patron;

    @ManyToOne
    private Patron guarantor;

    protected Loan() {
    }

    public Loan(Long id, Item item, Patron patron, Patron guarantor) {
        this.id = id;
        this.item = item;
        this.patron = patron;
        this.guarantor = guarantor;
    }

    public Long getId() { return id; }
}
