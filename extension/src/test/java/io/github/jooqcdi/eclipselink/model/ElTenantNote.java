package io.github.jooqcdi.eclipselink.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.eclipse.persistence.annotations.Multitenant;

@Entity
@Multitenant
public class ElTenantNote {
    @Id
    public Long id;
    public String text;
}
