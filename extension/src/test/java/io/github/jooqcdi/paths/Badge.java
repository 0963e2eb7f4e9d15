package io.github.jooqcdi.paths;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;

/** A one-to-one sharing the primary key ({@code @PrimaryKeyJoinColumn}): no join column of its own. */
@Entity
public class Badge {

    @Id
    private Long id;

    private String colour;

    @OneToOne
    @PrimaryKeyJoinColumn
    private Patron patron;

    protected Badge() {
    }

    public Badge(Patron patron, String colour) {
        this.id = patron.getId();
        this.patron = patron;
        this.colour = colour;
    }

    public Long getId() { return id; }
}
