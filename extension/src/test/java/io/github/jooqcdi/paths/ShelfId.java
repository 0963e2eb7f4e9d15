package io.github.jooqcdi.paths;

import java.io.Serializable;
import java.util.Objects;

/** The {@code @IdClass} of {@link Shelf}. */
public class ShelfId implements Serializable {

    private String room;
    private int number;

    public ShelfId() {
    }

    public ShelfId(String room, int number) {
        this.room = room;
        this.number = number;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShelfId other && Objects.equals(room, other.room) && number == other.number;
    }

    @Override
    public int hashCode() {
        return Objects.hash(room, number);
    }
}
