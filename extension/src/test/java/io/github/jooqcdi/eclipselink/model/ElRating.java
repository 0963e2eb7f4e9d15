package io.github.jooqcdi.eclipselink.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

@Entity
@IdClass(ElRatingId.class)
public class ElRating {
    @Id
    public Long customerId;
    @Id
    public Long productId;
    public int stars;
}
