package io.github.jooqcdi.paths;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.OneToMany;

import java.util.HashSet;
import java.util.Set;

/** A composite key ({@code @IdClass}), referenced by {@link Book#getShelf()}; its inverse one-to-many. */
@Entity
@IdClass(ShelfId.class)
public class Shelf {

    @Id
    @Column(name = "ROOM", length = 8)
    private String room;

    @Id
    @Column(name = "NUMBER")
    private int number;

    private String label;

    @OneToMany(mappedBy = "shelf")
    private Set<Book> books = new HashSet<>();

    protected Shelf() {
    }

    public Shelf(String room, int number, String label) {
        this.room = room;
        this.number = number;
        this.label = label;
    }

    public String getRoom() { return room; }
    public int getNumber() { return number; }
    public Set<Book> getBooks() { return books; }
}
