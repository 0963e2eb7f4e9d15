package io.github.jooqcdi.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** §5 simple entity with defaults: no {@code @Table}, no {@code @Column}, an assigned id, {@code int}, {@code boolean}. */
@Entity
public class Tag {

    @Id
    private Long id;

    private String label;

    private int weight;

    private boolean active;

    protected Tag() {
    }

    public Tag(Long id, String label) {
        this.id = id;
        this.label = label;
        this.active = true;
    }

    public Long getId() { return id; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public int getWeight() { return weight; }
    public void setWeight(int weight) { this.weight = weight; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
