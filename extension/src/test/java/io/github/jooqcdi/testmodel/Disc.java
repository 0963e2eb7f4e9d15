package io.github.jooqcdi.testmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

/** §5 {@code JOINED} subclass with an explicit {@code @PrimaryKeyJoinColumn}. */
@Entity
@Table(name = "DISC")
@PrimaryKeyJoinColumn(name = "ITEM_ID")
public class Disc extends LendableItem {

    @Column(name = "DURATION_MINUTES")
    private Integer durationMinutes;

    protected Disc() {
    }

    public Disc(String title, Integer durationMinutes) {
        super(title);
        this.durationMinutes = durationMinutes;
    }

    public Integer getDurationMinutes() { return durationMinutes; }
}
