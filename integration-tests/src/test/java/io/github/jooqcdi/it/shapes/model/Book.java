package io.github.jooqcdi.it.shapes.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A JOINED subclass. */
@Entity
@Table(name = "SHAPE_BOOK")
public class Book extends Item {
    public String isbn;
}
