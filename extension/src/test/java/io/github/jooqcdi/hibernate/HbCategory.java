package io.github.jooqcdi.hibernate;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;

import java.util.ArrayList;
import java.util.List;

@Entity
@Cacheable
public class HbCategory {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    public Long id;

    public String name;

    @OneToMany(mappedBy = "category")
    public List<HbProduct> products = new ArrayList<>();
}
