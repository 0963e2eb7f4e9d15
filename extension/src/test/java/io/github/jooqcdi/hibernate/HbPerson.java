package io.github.jooqcdi.hibernate;

import jakarta.persistence.Entity;

@Entity
public class HbPerson extends HbParty {
    public String firstName;
}
