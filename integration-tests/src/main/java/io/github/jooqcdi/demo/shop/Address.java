package io.github.jooqcdi.demo.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address, embedded in {@link Customer}. */
@Embeddable
public class Address {

    private String street;

    @Column(length = 80)
    private String city;

    /** ISO 3166-1 alpha-2 code. */
    @Column(length = 2)
    private String country;

    protected Address() {
    }

    public Address(String street, String city, String country) {
        this.street = street;
        this.city = city;
        this.country = country;
    }

    public String getStreet() {
        return street;
    }

    public String getCity() {
        return city;
    }

    public String getCountry() {
        return country;
    }
}
