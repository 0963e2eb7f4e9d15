package io.github.jooqcdi.eclipselink.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "EL_ORDERS", uniqueConstraints = @UniqueConstraint(columnNames = {"CODE", "CUSTOMER_ID"}))
@SecondaryTable(name = "EL_ORDER_NOTES")
public class ElOrder {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    public Long id;

    public String code;

    @Column(table = "EL_ORDER_NOTES")
    public String note;

    @ManyToOne
    public ElCustomer customer;

    @ManyToMany
    public List<ElProduct> products = new ArrayList<>();

    @OneToMany(mappedBy = "order")
    public List<ElOrderLine> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "EL_ORDER_REMARKS")
    public List<ElRemark> remarks = new ArrayList<>();
}
