package io.github.jooqcdi.testmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** §5 a {@code @ManyToOne} referencing a composite key ({@link StockLevel}'s {@code @IdClass}) with two join columns. */
@Entity
@Table(name = "STOCK_MOVEMENT")
public class StockMovement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumns({
            @JoinColumn(name = "WAREHOUSE_CODE", referencedColumnName = "WAREHOUSE_CODE", nullable = false),
            @JoinColumn(name = "STOCK_PRODUCT_ID", referencedColumnName = "PRODUCT_ID", nullable = false)})
    private StockLevel stockLevel;

    private int delta;

    @Column(name = "MOVED_AT")
    private LocalDateTime movedAt;

    protected StockMovement() {
    }

    public StockMovement(StockLevel stockLevel, int delta, LocalDateTime movedAt) {
        this.stockLevel = stockLevel;
        this.delta = delta;
        this.movedAt = movedAt;
    }

    public Long getId() { return id; }
    public StockLevel getStockLevel() { return stockLevel; }
    public int getDelta() { return delta; }
    public LocalDateTime getMovedAt() { return movedAt; }
}
