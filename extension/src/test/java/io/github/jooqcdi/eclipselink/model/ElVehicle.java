package io.github.jooqcdi.eclipselink.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class ElVehicle {
    @Id
    @GeneratedValue
    public Long id;
    public String make;
}
