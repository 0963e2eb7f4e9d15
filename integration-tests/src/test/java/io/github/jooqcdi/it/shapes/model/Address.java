package io.github.jooqcdi.it.shapes.model;

import jakarta.persistence.Embeddable;

/** An embeddable. */
@Embeddable
public class Address {
    public String city;
    public String country;
}
