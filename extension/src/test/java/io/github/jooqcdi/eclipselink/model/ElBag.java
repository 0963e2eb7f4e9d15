package io.github.jooqcdi.eclipselink.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Less common mappings: collections of enums, maps, ordered join tables, to-one through a join table, more types. */
@Entity
public class ElBag {
    @Id
    public Long id;

    @ElementCollection
    @Enumerated(EnumType.STRING)
    @CollectionTable(name = "EL_BAG_STATUSES")
    public Set<ElStatus> statuses = new HashSet<>();

    @ElementCollection
    @MapKeyColumn(name = "NAME")
    @Column(name = "AMOUNT")
    public Map<String, Integer> counts = new HashMap<>();

    @OneToMany
    @OrderColumn(name = "POS")
    @JoinTable(name = "EL_BAG_PRODUCTS")
    public List<ElProduct> products = new ArrayList<>();

    @OneToOne
    @JoinTable(name = "EL_BAG_OWNER", joinColumns = @JoinColumn(name = "BAG_ID"),
            inverseJoinColumns = @JoinColumn(name = "OWNER_ID"))
    public ElCustomer owner;

    public Instant stamp;

    @Temporal(TemporalType.DATE)
    public Calendar dueDay;

    public LocalTime opensAt;

    public OffsetDateTime seenAt;

    public short small;

    public float ratio;

    public char grade;
}
