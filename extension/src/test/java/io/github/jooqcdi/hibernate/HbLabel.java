package io.github.jooqcdi.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.FilterDef;

/** Filtered only while the session enables the filter, by its definition's default condition. */
@Entity
@FilterDef(name = "onlyRed", defaultCondition = "color = 'red'")
@Filter(name = "onlyRed")
public class HbLabel {
    @Id
    public Long id;
    public String color;
}
