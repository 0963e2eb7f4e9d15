package io.github.jooqcdi.testmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** §5 {@code @IdClass} composite key. */
@Entity
@Table(name = "STOCK_LEVEL")
@IdClass(StockLevelId.class)
public class StockLevel {

    @Id
    @Column(name = "WAREHOUSE_CODE", length = 8)
    private String warehouseCode;

    @Id
    @Column(name = "PRODUCT_ID")
    private Long productId;

    private int quantity;

    protected StockLevel() {
    }

    public StockLevel(String warehouseCode, Long productId, int quantity) {
        this.warehouseCode = warehouseCode;
        this.productId = productId;
        this.quantity = quantity;
    }

    public String getWarehouseCode() { return warehouseCode; }
    public Long getProductId() { return productId; }
    public int getQuantity() { return quantity; }
    public void setQuantity(int quantity) { this.quantity = quantity; }
}
