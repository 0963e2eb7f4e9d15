package io.github.jooqcdi.testmodel;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** §5 {@code @Table(name, schema)} (schema {@code REPORTING}) and an {@code @EmbeddedId} composite key. */
@Entity
@Table(name = "DAILY_SALES", schema = "REPORTING")
public class DailySales {

    @EmbeddedId
    private DailySalesId id;

    @Column(name = "TOTAL", precision = 14, scale = 2)
    private BigDecimal total;

    @Column(name = "ORDER_COUNT")
    private int orderCount;

    protected DailySales() {
    }

    public DailySales(DailySalesId id, BigDecimal total, int orderCount) {
        this.id = id;
        this.total = total;
        this.orderCount = orderCount;
    }

    public DailySalesId getId() { return id; }
    public BigDecimal getTotal() { return total; }
    public int getOrderCount() { return orderCount; }
}
