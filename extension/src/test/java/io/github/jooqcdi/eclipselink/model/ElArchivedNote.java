package io.github.jooqcdi.eclipselink.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.eclipse.persistence.annotations.AdditionalCriteria;

@Entity
@AdditionalCriteria("this.archived = false")
public class ElArchivedNote {
    @Id
    public Long id;
    public boolean archived;
}
