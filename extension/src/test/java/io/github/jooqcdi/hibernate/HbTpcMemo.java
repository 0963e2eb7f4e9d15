package io.github.jooqcdi.hibernate;

import jakarta.persistence.Entity;

@Entity
public class HbTpcMemo extends HbTpcDocument {
    public String text;
}
