package io.github.jooqcdi.demo.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A label on products (the other side of a many-to-many); its name is its key. */
@Entity
@Table(name = "tag")
public class Tag {

    @Id
    @Column(length = 40)
    private String name;

    @Column(length = 200)
    private String description;

    protected Tag() {
    }

    public Tag(String name, String description) {
        this.name = name;
        this.description = description;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
