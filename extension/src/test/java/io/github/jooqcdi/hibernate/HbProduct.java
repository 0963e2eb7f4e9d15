package io.github.jooqcdi.hibernate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Entity
@Cacheable
@Table(name = "hb_product", uniqueConstraints = @UniqueConstraint(name = "uk_hb_product_sku", columnNames = "sku"))
@SecondaryTable(name = "hb_product_detail")
public class HbProduct {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Version
    public int version;

    @Column(nullable = false, length = 40)
    public String sku;

    @Column(precision = 10, scale = 2)
    public BigDecimal price;

    @Enumerated(EnumType.STRING)
    public HbStatus status;

    @Enumerated(EnumType.ORDINAL)
    public HbStatus previousStatus;

    @Convert(converter = HbTagsConverter.class)
    public List<String> tags;

    @Temporal(TemporalType.DATE)
    public Date launched;

    @Temporal(TemporalType.TIMESTAMP)
    public Date updatedAt;

    @Lob
    @Column(table = "hb_product_detail")
    public String description;

    @Lob
    public byte[] image;

    public byte[] thumbnail;

    @Column(unique = true)
    public UUID uuid;

    public boolean active;

    public Instant created;

    public LocalDate available;

    @Embedded
    @AttributeOverride(name = "city", column = @Column(name = "origin_city", length = 80))
    public HbAddress origin;

    @ManyToOne
    public HbCategory category;

    @ElementCollection
    @CollectionTable(name = "hb_product_labels")
    public Set<String> labels = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "hb_product_related")
    public Set<HbCategory> alsoIn = new HashSet<>();
}
