package io.github.jooqcdi.eclipselink.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Delimited (case-sensitive) names, and a to-one association over a composite key. */
@Entity
@Table(name = "\"ElQuoted\"")
public class ElQuoted {
    @Id
    @Column(name = "\"quotedId\"")
    public Long id;

    @Column(name = "\"Mixed Case\"", length = 20)
    public String label;

    @ManyToOne
    @JoinColumns({
            @JoinColumn(name = "LINE_ORDER", referencedColumnName = "ORDER_ID"),
            @JoinColumn(name = "LINE_NO", referencedColumnName = "LINENO")})
    public ElOrderLine line;
}
