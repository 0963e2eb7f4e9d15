package io.github.jooqcdi.testmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** §5 {@code TABLE_PER_CLASS} subclass: its table repeats the root's columns. */
@Entity
@Table(name = "EMAIL_NOTIFICATION")
public class EmailNotification extends Notification {

    @Column(name = "RECIPIENT", length = 120, nullable = false)
    private String recipient;

    protected EmailNotification() {
    }

    public EmailNotification(String recipient, String body, LocalDateTime sentAt) {
        super(body, sentAt);
        this.recipient = recipient;
    }

    public String getRecipient() { return recipient; }
}
