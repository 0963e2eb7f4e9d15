package io.github.jooqcdi.it.shapes.model;

import jakarta.persistence.Entity;

/** A SINGLE_TABLE subclass. */
@Entity
public class Reminder extends Notice {
    public int daysLate;
}
