package io.github.jooqcdi.semantics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entity with no association to any other: a query on its table needs no flush of the others. */
@Entity
@Table(name = "MEMO")
public class Memo {

    @Id
    private Long id;

    @Column(name = "TEXT", length = 60, nullable = false)
    private String text;

    protected Memo() {
    }

    public Memo(Long id, String text) {
        this.id = id;
        this.text = text;
    }
}
