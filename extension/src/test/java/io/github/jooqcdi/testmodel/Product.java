package io.github.jooqcdi.testmodel;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * §5 generated id (SEQUENCE), {@code @Column(name, length, precision, scale, nullable)}, {@code @Table(uniqueConstraints)},
 * {@code @ManyToOne} with {@code @JoinColumn}, {@code @ManyToMany} join table, {@code @Lob} String and byte[],
 * {@code byte[]}, {@code BigDecimal}, {@code boolean}; {@code @Version} and {@code @MappedSuperclass} via
 * {@link Auditable}.
 */
@Entity
@Table(name = "PRODUCT", uniqueConstraints = @UniqueConstraint(name = "UK_PRODUCT_SKU", columnNames = "SKU"))
public class Product extends Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_seq")
    @SequenceGenerator(name = "product_seq", sequenceName = "PRODUCT_SEQ", allocationSize = 1)
    private Long id;

    @Column(name = "SKU", length = 32, nullable = false)
    private String sku;

    @Column(name = "PRODUCT_NAME", length = 200, nullable = false)
    private String name;

    @Column(name = "PRICE", precision = 12, scale = 2, nullable = false)
    private BigDecimal price;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private String description;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "IMAGE")
    private byte[] image;

    @Column(name = "CHECKSUM", length = 32)
    private byte[] checksum;

    private boolean discontinued;

    @ManyToOne(optional = false)
    @JoinColumn(name = "CATEGORY_ID", nullable = false)
    private Category category;

    @ManyToMany
    @JoinTable(name = "PRODUCT_TAG", joinColumns = @JoinColumn(name = "PRODUCT_ID"),
            inverseJoinColumns = @JoinColumn(name = "TAG_ID"))
    private Set<Tag> tags = new LinkedHashSet<>();

    protected Product() {
    }

    public Product(String sku, String name, BigDecimal price, Category category) {
        this.sku = sku;
        this.name = name;
        this.price = price;
        this.category = category;
    }

    public Long getId() { return id; }
    public String getSku() { return sku; }
    public String getName() { return name; }
    public BigDecimal getPrice() { return price; }
    public void setPrice(BigDecimal price) { this.price = price; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public byte[] getImage() { return image; }
    public void setImage(byte[] image) { this.image = image; }
    public byte[] getChecksum() { return checksum; }
    public void setChecksum(byte[] checksum) { this.checksum = checksum; }
    public boolean isDiscontinued() { return discontinued; }
    public void setDiscontinued(boolean discontinued) { this.discontinued = discontinued; }
    public Category getCategory() { return category; }
    public Set<Tag> getTags() { return tags; }
}
