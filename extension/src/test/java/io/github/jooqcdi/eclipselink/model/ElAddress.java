package io.github.jooqcdi.eclipselink.model;

import jakarta.persistence.Embeddable;

@Embeddable
public class ElAddress {
    public String street;
    public String city;
}
