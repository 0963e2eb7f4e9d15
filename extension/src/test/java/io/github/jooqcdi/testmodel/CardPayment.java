package io.github.jooqcdi.testmodel;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

import java.math.BigDecimal;

/** §5 {@code SINGLE_TABLE} subclass: its columns are nullable columns of {@code PAYMENT}. */
@Entity
@DiscriminatorValue("CARD")
public class CardPayment extends Payment {

    @Column(name = "CARD_LAST4", length = 4)
    private String cardLast4;

    protected CardPayment() {
    }

    public CardPayment(PurchaseOrder order, BigDecimal amount, String cardLast4) {
        super(order, amount);
        this.cardLast4 = cardLast4;
    }

    public String getCardLast4() { return cardLast4; }
}
