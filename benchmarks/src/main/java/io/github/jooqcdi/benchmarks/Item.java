package io.github.jooqcdi.benchmarks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** The benchmarks' one small entity. */
@Entity
@Table(name = "ITEM")
public class Item {

    @Id
    private Long id;

    @Column(name = "NAME", length = 60, nullable = false)
    private String name;

    @Column(name = "PRICE", precision = 12, scale = 2, nullable = false)
    private BigDecimal price;

    @Column(name = "QUANTITY", nullable = false)
    private int quantity;

    protected Item() {
    }

    public Item(Long id, String name, BigDecimal price, int quantity) {
        this.id = id;
        this.name = name;
        this.price = price;
        this.quantity = quantity;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public int getQuantity() {
        return quantity;
    }
}
