package io.github.jooqcdi.paths;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A {@code JOINED} root with a to-one of its own, inherited by {@link Book} and {@link Disc}. */
@Entity
@Table(name = "ITEM")
@Inheritance(strategy = InheritanceType.JOINED)
public abstract class Item {

    @Id
    private Long id;

    private String title;

    @ManyToOne
    private Patron donor;

    protected Item() {
    }

    protected Item(Long id, String title, Patron donor) {
        this.id = id;
        this.title = title;
        this.donor = donor;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public Patron getDonor() { return donor; }
}
