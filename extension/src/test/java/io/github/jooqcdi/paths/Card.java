package io.github.jooqcdi.paths;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;

/** The owning side of a one-to-one. */
@Entity
public class Card {

    @Id
    private Long id;

    @OneToOne
    @JoinColumn(name = "PATRON_ID")
    private Patron patron;

    protected Card() {
    }

    public Card(Long id, Patron patron) {
        this.id = id;
        this.patron = patron;
    }

    public Long getId() { return id; }
}
