package io.github.jooqcdi.demo.shop;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

import java.math.BigDecimal;

@Entity
@DiscriminatorValue("GADGET")
public class Gadget extends Product {

    @Column(length = 40)
    private String brand;

    @Column(name = "warranty_months")
    private Integer warrantyMonths;

    protected Gadget() {
    }

    public Gadget(String sku, String name, BigDecimal price, Category category, String brand, int warrantyMonths) {
        super(sku, name, price, category);
        this.brand = brand;
        this.warrantyMonths = warrantyMonths;
    }

    public String getBrand() {
        return brand;
    }

    public Integer getWarrantyMonths() {
        return warrantyMonths;
    }
}
