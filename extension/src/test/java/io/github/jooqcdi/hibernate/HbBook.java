package io.github.jooqcdi.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.SecondaryTable;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.FilterDef;

/** A {@code JOINED} subclass of a filtered root, with a secondary table and a filter of its own. */
@Entity
@SecondaryTable(name = "HbBookExtra")
@FilterDef(name = "titled", defaultCondition = "title = 't1'")
@Filter(name = "titled")
public class HbBook extends HbItem {
    public String title;

    @Column(table = "HbBookExtra")
    public String isbn;
}
