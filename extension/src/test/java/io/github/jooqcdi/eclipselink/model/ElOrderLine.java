package io.github.jooqcdi.eclipselink.model;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;

@Entity
public class ElOrderLine {
    @EmbeddedId
    public ElOrderLineId id;

    @MapsId("orderId")
    @ManyToOne
    public ElOrder order;

    @ManyToOne
    public ElProduct product;

    public int quantity;
}
