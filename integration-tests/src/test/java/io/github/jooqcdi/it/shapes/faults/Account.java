package io.github.jooqcdi.it.shapes.faults;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An account: an assigned id, a balance in cents, {@code @Version} (jOOQ's writes increment it too). The balance
 * changes through {@link #add} only: EclipseLink's weaving tracks changes made inside the entity's own methods, not a
 * field written from another class.
 */
@Entity
@Table(name = "FAULT_ACCOUNT")
public class Account {
    @Id
    @Column(name = "ID")
    private Long id;
    @Column(name = "BALANCE", nullable = false)
    private long balance;
    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    public Account() {
    }

    Account(long id, long balance) {
        this.id = id;
        this.balance = balance;
    }

    void add(long delta) {
        balance += delta;
    }
}
