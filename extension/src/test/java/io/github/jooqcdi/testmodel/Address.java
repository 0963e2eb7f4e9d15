package io.github.jooqcdi.testmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** §5 {@code @Embedded} (an embeddable with default and explicit column names), element of an {@code @ElementCollection}. */
@Embeddable
public class Address {

    private String street;

    private String city;

    @Column(name = "POSTAL_CODE", length = 10)
    private String zip;

    @Column(length = 2)
    private String country;

    protected Address() {
    }

    public Address(String street, String city, String zip, String country) {
        this.street = street;
        this.city = city;
        this.zip = zip;
        this.country = country;
    }

    public String getStreet() { return street; }
    public String getCity() { return city; }
    public String getZip() { return zip; }
    public String getCountry() { return country; }
}
