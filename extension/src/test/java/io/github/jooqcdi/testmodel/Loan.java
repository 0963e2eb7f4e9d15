package io.github.jooqcdi.testmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Lending: {@code @ManyToOne} to a {@code JOINED} root and to {@link Customer}, {@code java.time}. */
@Entity
public class Loan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ITEM_ID", nullable = false)
    private LendableItem item;

    @ManyToOne(optional = false)
    @JoinColumn(name = "BORROWER_ID", nullable = false)
    private Customer borrower;

    @Column(name = "LENT_AT", nullable = false)
    private LocalDateTime lentAt;

    @Column(name = "DUE_DATE")
    private LocalDate dueDate;

    protected Loan() {
    }

    public Loan(LendableItem item, Customer borrower, LocalDateTime lentAt, LocalDate dueDate) {
        this.item = item;
        this.borrower = borrower;
        this.lentAt = lentAt;
        this.dueDate = dueDate;
    }

    public Long getId() { return id; }
    public LendableItem getItem() { return item; }
    public Customer getBorrower() { return borrower; }
    public LocalDateTime getLentAt() { return lentAt; }
    public LocalDate getDueDate() { return dueDate; }
}
