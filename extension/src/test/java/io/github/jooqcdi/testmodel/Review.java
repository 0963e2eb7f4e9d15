package io.github.jooqcdi.testmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * §5 {@code orm.xml} overrides: {@code META-INF/testmodel-orm.xml} renames the table {@code REVIEW} to
 * {@code PRODUCT_REVIEW} and the column {@code COMMENT_TEXT} to {@code REVIEW_TEXT}. The annotations below are what
 * the mapping would be without it.
 */
@Entity
@Table(name = "REVIEW")
public class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    private Product product;

    private int rating;

    @Column(name = "COMMENT_TEXT", length = 2000)
    private String comment;

    protected Review() {
    }

    public Review(Product product, int rating, String comment) {
        this.product = product;
        this.rating = rating;
        this.comment = comment;
    }

    public Long getId() { return id; }
    public Product getProduct() { return product; }
    public int getRating() { return rating; }
    public String getComment() { return comment; }
}
