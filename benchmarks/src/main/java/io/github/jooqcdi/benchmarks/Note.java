package io.github.jooqcdi.benchmarks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A second small entity with no association to {@link Item}: the table the flush benchmark queries. */
@Entity
@Table(name = "NOTE")
public class Note {

    @Id
    private Long id;

    @Column(name = "TEXT", length = 200, nullable = false)
    private String text;

    protected Note() {
    }

    public Note(Long id, String text) {
        this.id = id;
        this.text = text;
    }
}
