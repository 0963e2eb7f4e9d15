package io.github.jooqcdi.it.shapes.report;

/** One line of the members-per-city report, serialized by the container's JSON-B in both endpoints. */
public class CityRow {
    public String city;
    public String country;
    public long members;
    public long phones;
    public long withoutPhone;

    public CityRow() {
    }

    CityRow(String city, String country, long members, long phones, long withoutPhone) {
        this.city = city;
        this.country = country;
        this.members = members;
        this.phones = phones;
        this.withoutPhone = withoutPhone;
    }
}
