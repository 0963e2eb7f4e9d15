package io.github.jooqcdi.it.shapes.filters;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** A shelf and its volumes: a one-to-many path ({@code mappedBy}). */
@Entity
@Table(name = "FILTER_SHELF")
public class Shelf {
    @Id
    public Long id;
    public String label;
    @OneToMany(mappedBy = "shelf")
    public List<Volume> volumes = new ArrayList<>();
}
