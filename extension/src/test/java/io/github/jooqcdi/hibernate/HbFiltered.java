package io.github.jooqcdi.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;
import org.hibernate.annotations.SQLRestriction;

@Entity
@SQLRestriction("active = true")
@FilterDef(name = "byName", parameters = @ParamDef(name = "who", type = String.class))
@Filter(name = "byName", condition = "name = :who")
public class HbFiltered {
    @Id
    public Long id;

    public boolean active;

    public String name;
}
