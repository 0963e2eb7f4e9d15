package io.github.jooqcdi.paths;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;

import java.util.HashSet;
import java.util.Set;

/**
 * One-to-many with {@code mappedBy}, with a join column (unidirectional) and with a join table, an element collection
 * and the inverse side of a one-to-one.
 */
@Entity
public class Patron {

    @Id
    private Long id;

    private String name;

    @OneToMany(mappedBy = "patron")
    private Set<Loan> loans = new HashSet<>();

    @OneToMany
    @JoinColumn(name = "PATRON_ID")
    private Set<Note> notes = new HashSet<>();

    @OneToMany
    @JoinTable(name = "PATRON_FAVORITE", joinColumns = @JoinColumn(name = "PATRON_ID"),
            inverseJoinColumns = @JoinColumn(name = "ITEM_ID"))
    private Set<Item> favorites = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "PATRON_PHONE", joinColumns = @JoinColumn(name = "PATRON_ID"))
    @Column(name = "PHONE", length = 30)
    private Set<String> phones = new HashSet<>();

    @OneToOne(mappedBy = "patron")
    private Card card;

    protected Patron() {
    }

    public Patron(Long id, String name) {
        this.id = id;
        this.name = name;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public Set<Note> getNotes() { return notes; }
    public Set<Item> getFavorites() { return favorites; }
    public Set<String> getPhones() { return phones; }
}
