package io.github.jooqcdi.eclipselink.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/** Restricted by an {@code @AdditionalCriteria} with a parameter the entity manager's properties give. */
@Entity
@AdditionalCriteria("this.owner = :owner and this.archived = false")
public class ElScopedNote {
    @Id
    public Long id;
    public String owner;
    public boolean archived;
    public String text;
}
