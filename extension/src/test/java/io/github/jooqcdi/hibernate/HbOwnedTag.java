package io.github.jooqcdi.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** An unfiltered entity with an association to a filtered one. */
@Entity
public class HbOwnedTag {
    @Id
    public Long id;
    public String label;
    @ManyToOne
    public HbTenantOwned owner;
}
