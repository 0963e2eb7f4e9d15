package io.github.jooqcdi.testmodel;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** §5 inheritance {@code SINGLE_TABLE} with {@code @DiscriminatorColumn}; {@code @ManyToOne} with defaults. */
@Entity
@Table(name = "PAYMENT")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "PAYMENT_TYPE", discriminatorType = DiscriminatorType.STRING, length = 10)
public abstract class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(precision = 12, scale = 2, nullable = false)
    private BigDecimal amount;

    @ManyToOne
    private PurchaseOrder purchaseOrder;

    protected Payment() {
    }

    protected Payment(PurchaseOrder purchaseOrder, BigDecimal amount) {
        this.purchaseOrder = purchaseOrder;
        this.amount = amount;
    }

    public Long getId() { return id; }
    public BigDecimal getAmount() { return amount; }
    public PurchaseOrder getPurchaseOrder() { return purchaseOrder; }
}
