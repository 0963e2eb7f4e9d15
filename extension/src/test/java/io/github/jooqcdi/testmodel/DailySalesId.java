package io.github.jooqcdi.testmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** The {@code @EmbeddedId} of {@link DailySales}. */
@Embeddable
public class DailySalesId implements Serializable {

    @Column(name = "SALES_DATE", nullable = false)
    private LocalDate salesDate;

    @Column(name = "STORE_CODE", length = 8, nullable = false)
    private String storeCode;

    protected DailySalesId() {
    }

    public DailySalesId(LocalDate salesDate, String storeCode) {
        this.salesDate = salesDate;
        this.storeCode = storeCode;
    }

    public LocalDate getSalesDate() { return salesDate; }
    public String getStoreCode() { return storeCode; }

    @Override
    public boolean equals(Object o) {
        return o instanceof DailySalesId other && Objects.equals(salesDate, other.salesDate)
                && Objects.equals(storeCode, other.storeCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(salesDate, storeCode);
    }
}
