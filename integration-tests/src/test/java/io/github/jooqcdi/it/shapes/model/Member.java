package io.github.jooqcdi.it.shapes.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.HashSet;
import java.util.Set;

/** A member: an embedded address, an element collection, a sequence, {@code @Version}. */
@Entity
@Table(name = "SHAPE_MEMBER")
public class Member {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_seq")
    @SequenceGenerator(name = "member_seq", sequenceName = "SHAPE_MEMBER_SEQ", allocationSize = 1)
    public Long id;
    public String name;
    @Embedded
    public Address address;
    @ElementCollection
    @CollectionTable(name = "SHAPE_MEMBER_PHONE", joinColumns = @JoinColumn(name = "MEMBER_ID"))
    @Column(name = "PHONE")
    public Set<String> phones = new HashSet<>();
    @Version
    public int version;
}
