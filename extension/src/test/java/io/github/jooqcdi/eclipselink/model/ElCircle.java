package io.github.jooqcdi.eclipselink.model;

import jakarta.persistence.Entity;

@Entity
public class ElCircle extends ElShape {
    public double radius;
}
