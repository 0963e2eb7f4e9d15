package io.github.jooqcdi.testmodel;

import java.io.Serializable;
import java.util.Objects;

/** The {@code @IdClass} of {@link StockLevel}. */
public class StockLevelId implements Serializable {

    private String warehouseCode;

    private Long productId;

    public StockLevelId() {
    }

    public StockLevelId(String warehouseCode, Long productId) {
        this.warehouseCode = warehouseCode;
        this.productId = productId;
    }

    public String getWarehouseCode() { return warehouseCode; }
    public Long getProductId() { return productId; }

    @Override
    public boolean equals(Object o) {
        return o instanceof StockLevelId other && Objects.equals(warehouseCode, other.warehouseCode)
                && Objects.equals(productId, other.productId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(warehouseCode, productId);
    }
}
