package io.github.jooqcdi.it.shapes.filters;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.HashSet;
import java.util.Set;

/** A volume: on a shelf (to-one, optional) and by writers (many-to-many through a join table). */
@Entity
@Table(name = "FILTER_VOLUME")
public class Volume {
    @Id
    public Long id;
    public String title;
    @ManyToOne
    public Shelf shelf;
    @ManyToMany
    @JoinTable(name = "FILTER_VOLUME_WRITER")
    public Set<Writer> writers = new HashSet<>();
}
