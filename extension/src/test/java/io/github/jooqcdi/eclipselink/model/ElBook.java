package io.github.jooqcdi.eclipselink.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.SecondaryTable;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * A {@code JOINED} subclass of a filtered root, with a secondary table and criteria of its own. EclipseLink restricts
 * its queries with the root's tenant and these criteria, not with the root's criteria.
 */
@Entity
@SecondaryTable(name = "ELBOOKEXTRA")
@AdditionalCriteria("this.isbn <> 'secret'")
public class ElBook extends ElItem {
    public String title;

    @Column(table = "ELBOOKEXTRA")
    public String isbn;
}
