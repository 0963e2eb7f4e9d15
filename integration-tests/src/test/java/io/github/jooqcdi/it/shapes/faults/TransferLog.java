package io.github.jooqcdi.it.shapes.faults;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One committed transfer, written in the transfer's transaction: its id (the client's transfer id) is the primary
 * key, so a second row with the same id is a unique violation.
 */
@Entity
@Table(name = "FAULT_TRANSFER")
public class TransferLog {
    @Id
    @Column(name = "ID")
    public Long id;
    @Column(name = "FROM_ACCOUNT", nullable = false)
    public long fromAccount;
    @Column(name = "TO_ACCOUNT", nullable = false)
    public long toAccount;
    @Column(name = "AMOUNT", nullable = false)
    public long amount;
    @Column(name = "WRITTEN_BY", nullable = false)
    public String writtenBy;

    public TransferLog() {
    }

    TransferLog(long id, long fromAccount, long toAccount, long amount, String writtenBy) {
        this.id = id;
        this.fromAccount = fromAccount;
        this.toAccount = toAccount;
        this.amount = amount;
        this.writtenBy = writtenBy;
    }
}
