package io.github.jooqcdi.paths;

import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

/** A {@code JOINED} subclass with a primary key join column of another name. */
@Entity
@Table(name = "DISC")
@PrimaryKeyJoinColumn(name = "ITEM_ID")
public class Disc extends Item {

    private int minutes;

    protected Disc() {
    }

    public Disc(Long id, String title, Patron donor, int minutes) {
        super(id, title, donor);
        this.minutes = minutes;
    }

    public int getMinutes() { return minutes; }
}
