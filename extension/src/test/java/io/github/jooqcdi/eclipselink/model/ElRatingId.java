package io.github.jooqcdi.eclipselink.model;

import java.io.Serializable;
import java.util.Objects;

public class ElRatingId implements Serializable {
    public Long customerId;
    public Long productId;

    @Override
    public boolean equals(Object o) {
        return o instanceof ElRatingId other && Objects.equals(customerId, other.customerId)
                && Objects.equals(productId, other.productId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(customerId, productId);
    }
}
