package io.github.jooqcdi.eclipselink.model;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("DOG")
public class ElDog extends ElAnimal {
    public boolean goodBoy;
}
