package io.github.jooqcdi.it.shapes.isolation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row one client writes through JPA in a round: its id is {@link Round#id}. */
@Entity
@Table(name = "ISOLATION_ROW")
public class IsolationRow {
    @Id
    @Column(name = "ID")
    private Long id;
    @Column(name = "ROUND_NO", nullable = false)
    private int round;
    @Column(name = "CLIENT", nullable = false)
    private int client;

    public IsolationRow() {
    }

    IsolationRow(long id, int round, int client) {
        this.id = id;
        this.round = round;
        this.client = client;
    }
}
