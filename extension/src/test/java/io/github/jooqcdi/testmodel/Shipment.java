package io.github.jooqcdi.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;

import java.util.Date;

/** §5 {@code @OneToOne} with defaults (join column by default rules), {@code @Temporal(TIMESTAMP) java.util.Date}. */
@Entity
public class Shipment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne
    private PurchaseOrder purchaseOrder;

    @Temporal(TemporalType.TIMESTAMP)
    private Date shippedAt;

    private String carrier;

    protected Shipment() {
    }

    public Shipment(PurchaseOrder purchaseOrder, String carrier, Date shippedAt) {
        this.purchaseOrder = purchaseOrder;
        this.carrier = carrier;
        this.shippedAt = shippedAt;
    }

    public Long getId() { return id; }
    public PurchaseOrder getPurchaseOrder() { return purchaseOrder; }
    public Date getShippedAt() { return shippedAt; }
    public String getCarrier() { return carrier; }
}
