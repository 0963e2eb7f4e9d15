package io.github.jooqcdi.testmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** §5 {@code @OneToOne} with {@code @JoinColumn}, {@code LocalDate}. */
@Entity
@Table(name = "LOYALTY_CARD")
public class LoyaltyCard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "CARD_NUMBER", length = 20, nullable = false)
    private String cardNumber;

    private int points;

    @Column(name = "VALID_UNTIL")
    private LocalDate validUntil;

    @OneToOne(optional = false)
    @JoinColumn(name = "CUSTOMER_ID", nullable = false)
    private Customer customer;

    protected LoyaltyCard() {
    }

    public LoyaltyCard(String cardNumber, Customer customer) {
        this.cardNumber = cardNumber;
        this.customer = customer;
    }

    public Long getId() { return id; }
    public String getCardNumber() { return cardNumber; }
    public int getPoints() { return points; }
    public void setPoints(int points) { this.points = points; }
    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
    public Customer getCustomer() { return customer; }
}
