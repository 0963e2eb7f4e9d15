package io.github.jooqcdi.paths;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.HashSet;
import java.util.Set;

/** A {@code JOINED} subclass with associations of its own: a many-to-many and a to-one to a composite key. */
@Entity
@Table(name = "BOOK")
public class Book extends Item {

    private String isbn;

    @ManyToMany
    @JoinTable(name = "BOOK_AUTHOR", joinColumns = @JoinColumn(name = "BOOK_ID"),
            inverseJoinColumns = @JoinColumn(name = "AUTHOR_ID"))
    private Set<Author> authors = new HashSet<>();

    @ManyToOne
    @JoinColumns({
            @JoinColumn(name = "SHELF_ROOM", referencedColumnName = "ROOM"),
            @JoinColumn(name = "SHELF_NUMBER", referencedColumnName = "NUMBER")})
    private Shelf shelf;

    protected Book() {
    }

    public Book(Long id, String title, Patron donor, String isbn, Shelf shelf) {
        super(id, title, donor);
        this.isbn = isbn;
        this.shelf = shelf;
    }

    public String getIsbn() { return isbn; }
    public Set<Author> getAuthors() { return authors; }
    public Shelf getShelf() { return shelf; }
}
