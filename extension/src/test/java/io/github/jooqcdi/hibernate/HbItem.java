package io.github.jooqcdi.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.annotations.TenantId;

/** A filtered {@code JOINED} root: its filters hold for the rows of its subclasses' tables too. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@SQLRestriction("hidden = false")
public class HbItem {
    @Id
    public Long id;

    @TenantId
    public String tenant;

    public boolean hidden;
}
