package io.github.jooqcdi.eclipselink.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Multitenant;

/** A filtered {@code JOINED} root: its tenant and criteria hold for the rows of its subclasses' tables too. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@Multitenant
@AdditionalCriteria("this.hidden = false")
public class ElItem {
    @Id
    public Long id;
    public boolean hidden;
}
