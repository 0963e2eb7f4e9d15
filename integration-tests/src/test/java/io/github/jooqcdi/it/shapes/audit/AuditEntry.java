package io.github.jooqcdi.it.shapes.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The second unit's entity. */
@Entity
@Table(name = "SHAPE_AUDIT")
public class AuditEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
    @SequenceGenerator(name = "audit_seq", sequenceName = "SHAPE_AUDIT_SEQ", allocationSize = 1)
    public Long id;
    public String what;
}
