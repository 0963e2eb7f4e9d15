package io.github.jooqcdi.eclipselink.model;

import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

@Embeddable
public class ElOrderLineId implements Serializable {
    public Long orderId;
    public int lineNo;

    @Override
    public boolean equals(Object o) {
        return o instanceof ElOrderLineId other && Objects.equals(orderId, other.orderId) && lineNo == other.lineNo;
    }

    @Override
    public int hashCode() {
        return Objects.hash(orderId, lineNo);
    }
}
