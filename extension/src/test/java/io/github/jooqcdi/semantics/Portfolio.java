package io.github.jooqcdi.semantics;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * Holds {@link Holding}s through a unidirectional one-to-many that cascades persist: a flush of a managed portfolio
 * inserts the holdings added to it (nothing else persists them) and sets their join column.
 */
@Entity
@Table(name = "PORTFOLIO")
public class Portfolio {

    @Id
    private Long id;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "PORTFOLIO_ID")
    private List<Holding> holdings = new ArrayList<>();

    protected Portfolio() {
    }

    public Portfolio(Long id) {
        this.id = id;
    }

    public List<Holding> holdings() {
        return holdings;
    }
}
