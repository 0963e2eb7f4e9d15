package io.github.jooqcdi.eclipselink.model;

import jakarta.persistence.Embeddable;

@Embeddable
public class ElRemark {
    public String author;
    public String text;
}
