package io.github.jooqcdi.testmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;

/**
 * §5 inheritance {@code JOINED} root, without a {@code @DiscriminatorColumn} (EclipseLink adds {@code DTYPE} anyway,
 * Hibernate does not).
 */
@Entity
@Table(name = "LENDABLE_ITEM")
@Inheritance(strategy = InheritanceType.JOINED)
public abstract class LendableItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    protected LendableItem() {
    }

    protected LendableItem(String title) {
        this.title = title;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
}
