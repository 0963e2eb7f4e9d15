package io.github.jooqcdi.paths;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The target of {@link Patron#getNotes()}, a unidirectional one-to-many: no attribute here maps its join column. */
@Entity
public class Note {

    @Id
    private Long id;

    private String text;

    protected Note() {
    }

    public Note(Long id, String text) {
        this.id = id;
        this.text = text;
    }

    public Long getId() { return id; }
}
