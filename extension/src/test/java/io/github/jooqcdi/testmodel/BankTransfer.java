package io.github.jooqcdi.testmodel;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

import java.math.BigDecimal;

/** §5 {@code SINGLE_TABLE} subclass. */
@Entity
@DiscriminatorValue("BANK")
public class BankTransfer extends Payment {

    @Column(length = 34)
    private String iban;

    protected BankTransfer() {
    }

    public BankTransfer(PurchaseOrder order, BigDecimal amount, String iban) {
        super(order, amount);
        this.iban = iban;
    }

    public String getIban() { return iban; }
}
