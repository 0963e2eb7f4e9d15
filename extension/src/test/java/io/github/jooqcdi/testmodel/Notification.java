package io.github.jooqcdi.testmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.TableGenerator;

import java.time.LocalDateTime;

/**
 * §5 inheritance {@code TABLE_PER_CLASS} (abstract root; ids from a TABLE generator, as IDENTITY cannot span the
 * subclass tables).
 */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "notification_gen")
    @TableGenerator(name = "notification_gen", table = "ID_GEN", pkColumnName = "GEN_NAME",
            valueColumnName = "GEN_VALUE", pkColumnValue = "NOTIFICATION", allocationSize = 1)
    private Long id;

    @Column(name = "SENT_AT")
    private LocalDateTime sentAt;

    @Column(length = 500)
    private String body;

    protected Notification() {
    }

    protected Notification(String body, LocalDateTime sentAt) {
        this.body = body;
        this.sentAt = sentAt;
    }

    public Long getId() { return id; }
    public LocalDateTime getSentAt() { return sentAt; }
    public String getBody() { return body; }
}
