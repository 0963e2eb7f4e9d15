package io.github.jooqcdi.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class HbAddress {
    @Column(length = 60)
    public String street;
    public String city;

    public HbAddress() {
    }

    public HbAddress(String street, String city) {
        this.street = street;
        this.city = city;
    }
}
