package io.github.jooqcdi.eclipselink.model;

import jakarta.persistence.Entity;

@Entity
public class ElCar extends ElVehicle {
    public int doors;
}
