package io.github.jooqcdi.semantics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@link Portfolio#holdings()}: its table is written by a flush of the portfolio. */
@Entity
@Table(name = "HOLDING")
public class Holding {

    @Id
    private Long id;

    @Column(name = "SYMBOL", length = 12, nullable = false)
    private String symbol;

    protected Holding() {
    }

    public Holding(Long id, String symbol) {
        this.id = id;
        this.symbol = symbol;
    }
}
