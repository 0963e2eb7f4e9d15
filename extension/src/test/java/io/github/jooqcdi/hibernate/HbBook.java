package io.github.jooqcdi.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.SecondaryTable;

/** A {@code JOINED} subclass of a filtered root, with a secondary table. */
@Entity
@SecondaryTable(name = "HbBookExtra")
public class HbBook extends HbItem {
    public String title;

    @Column(table = "HbBookExtra")
    public String isbn;
}
