package io.github.jooqcdi.testmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** §5 {@code JOINED} subclass with the default primary key join column (the root's id column name). */
@Entity
@Table(name = "BOOK")
public class Book extends LendableItem {

    @Column(length = 13, unique = true)
    private String isbn;

    private int pages;

    protected Book() {
    }

    public Book(String title, String isbn, int pages) {
        super(title);
        this.isbn = isbn;
        this.pages = pages;
    }

    public String getIsbn() { return isbn; }
    public int getPages() { return pages; }
}
