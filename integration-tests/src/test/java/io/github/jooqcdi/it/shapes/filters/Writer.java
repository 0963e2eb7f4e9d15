package io.github.jooqcdi.it.shapes.filters;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A writer of volumes. */
@Entity
@Table(name = "FILTER_WRITER")
public class Writer {
    @Id
    public Long id;
    public String name;
}
