package io.github.jooqcdi.demo.shop;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

import java.math.BigDecimal;

@Entity
@DiscriminatorValue("BOOK")
public class Book extends Product {

    @Column(length = 80)
    private String author;

    private Integer pages;

    protected Book() {
    }

    public Book(String sku, String name, BigDecimal price, Category category, String author, int pages) {
        super(sku, name, price, category);
        this.author = author;
        this.pages = pages;
    }

    public String getAuthor() {
        return author;
    }

    public Integer getPages() {
        return pages;
    }
}
