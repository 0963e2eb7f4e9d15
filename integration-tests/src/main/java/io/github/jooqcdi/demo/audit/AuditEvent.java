package io.github.jooqcdi.demo.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** What happened, in the second persistence unit ({@code audit}). */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
    @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(length = 400)
    private String detail;

    protected AuditEvent() {
    }

    public AuditEvent(LocalDateTime occurredAt, String action, String detail) {
        this.occurredAt = occurredAt;
        this.action = action;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
