package io.github.jooqcdi.semantics;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;

/** A small cached entity for the executor's transaction, flush and cache semantics. */
@Entity
@Cacheable
@Table(name = "ACCOUNT")
public class Account {

    @Id
    private Long id;

    @Column(name = "OWNER", length = 60, nullable = false)
    private String owner;

    @Column(name = "BALANCE", precision = 12, scale = 2, nullable = false)
    private BigDecimal balance;

    @Version
    private int version;

    protected Account() {
    }

    public Account(Long id, String owner, BigDecimal balance) {
        this.id = id;
        this.owner = owner;
        this.balance = balance;
    }

    public Long getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public BigDecimal getBalance() {
        return balance;
    }

    public void setBalance(BigDecimal balance) {
        this.balance = balance;
    }

    public int getVersion() {
        return version;
    }
}
