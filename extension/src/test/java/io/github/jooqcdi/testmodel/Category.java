package io.github.jooqcdi.testmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.TableGenerator;

import java.util.ArrayList;
import java.util.List;

/**
 * §5 generated id (TABLE), {@code @ManyToOne} with defaults (self reference, join column by default rules),
 * {@code @Column(unique = true)}.
 */
@Entity
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "category_gen")
    @TableGenerator(name = "category_gen", table = "ID_GEN", pkColumnName = "GEN_NAME",
            valueColumnName = "GEN_VALUE", pkColumnValue = "CATEGORY", allocationSize = 1)
    private Long id;

    @Column(unique = true, nullable = false, length = 40)
    private String code;

    private String title;

    @ManyToOne
    private Category parent;

    @OneToMany(mappedBy = "parent")
    private List<Category> children = new ArrayList<>();

    protected Category() {
    }

    public Category(String code, String title) {
        this.code = code;
        this.title = title;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getTitle() { return title; }
    public Category getParent() { return parent; }
    public void setParent(Category parent) { this.parent = parent; }
    public List<Category> getChildren() { return children; }
}
