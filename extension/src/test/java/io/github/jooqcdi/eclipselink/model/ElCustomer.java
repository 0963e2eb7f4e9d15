package io.github.jooqcdi.eclipselink.model;

import jakarta.persistence.AttributeOverride;
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
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Entity
public class ElCustomer extends ElAudited {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "FULL_NAME", length = 80, nullable = false)
    public String name;

    @Column(unique = true)
    public String email;

    @Enumerated(EnumType.STRING)
    public ElStatus status;

    @Enumerated(EnumType.ORDINAL)
    public ElStatus tier;

    @Version
    public int version;

    @Embedded
    @AttributeOverride(name = "city", column = @Column(name = "TOWN"))
    public ElAddress address;

    @ElementCollection
    public Set<String> tags = new HashSet<>();

    @Convert(converter = YesNoConverter.class)
    public Boolean vip;

    @Lob
    public String notes;

    @Temporal(TemporalType.TIMESTAMP)
    public Date since;

    public UUID ref;

    public byte[] photo;

    @Column(precision = 10, scale = 2)
    public BigDecimal credit;

    public boolean active;

    public LocalDate birthday;

    @OneToMany
    @JoinColumn(name = "OWNER_ID")
    public List<ElVehicle> vehicles = new ArrayList<>();
}
