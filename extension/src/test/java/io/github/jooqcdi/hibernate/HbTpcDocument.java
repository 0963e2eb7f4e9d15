package io.github.jooqcdi.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import org.hibernate.annotations.SQLRestriction;

/** An abstract TABLE_PER_CLASS root whose restriction Hibernate applies to each subclass's table. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
@SQLRestriction("visible = true")
public abstract class HbTpcDocument {
    @Id
    public Long id;
    public boolean visible;
}
