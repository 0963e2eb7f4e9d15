package io.github.jooqcdi.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.SoftDeleteType;

/** Soft-deleted by a timestamp (Hibernate 7): a row is live while its {@code deleted} column is null. */
@Entity
@SoftDelete(strategy = SoftDeleteType.TIMESTAMP)
public class HbStampedNote {
    @Id
    public Long id;

    public String text;
}
