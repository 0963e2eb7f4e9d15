package io.github.jooqcdi.testmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** §5 {@code TABLE_PER_CLASS} subclass. */
@Entity
@Table(name = "SMS_NOTIFICATION")
public class SmsNotification extends Notification {

    @Column(name = "PHONE_NUMBER", length = 30, nullable = false)
    private String phoneNumber;

    protected SmsNotification() {
    }

    public SmsNotification(String phoneNumber, String body, LocalDateTime sentAt) {
        super(body, sentAt);
        this.phoneNumber = phoneNumber;
    }

    public String getPhoneNumber() { return phoneNumber; }
}
