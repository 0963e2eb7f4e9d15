package io.github.jooqcdi.testmodel;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * §5 generated id (IDENTITY), {@code @Column(unique = true)}, {@code @Embedded} with defaults and with
 * {@code @AttributeOverride}, enum {@code STRING}, {@code @Convert}, {@code @ElementCollection} of basics and of
 * embeddables with {@code @CollectionTable}, {@code @OneToMany} with a join table, {@code @SecondaryTable},
 * {@code @Temporal(DATE) java.util.Date}, {@code UUID}.
 */
@Entity
@Table(name = "CUSTOMER")
@SecondaryTable(name = "CUSTOMER_PROFILE", pkJoinColumns = @PrimaryKeyJoinColumn(name = "CUSTOMER_ID"))
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "EMAIL", length = 120, nullable = false, unique = true)
    private String email;

    @Column(name = "FULL_NAME", length = 100, nullable = false)
    private String name;

    @Embedded
    private Address homeAddress;

    @Embedded
    @AttributeOverride(name = "street", column = @Column(name = "BILLING_STREET"))
    @AttributeOverride(name = "city", column = @Column(name = "BILLING_CITY", length = 80))
    @AttributeOverride(name = "zip", column = @Column(name = "BILLING_ZIP", length = 10))
    @AttributeOverride(name = "country", column = @Column(name = "BILLING_COUNTRY", length = 2))
    private Address billingAddress;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private CustomerStatus status;

    @Convert(converter = YesNoConverter.class)
    @Column(name = "NEWSLETTER", length = 1)
    private boolean newsletter;

    @Temporal(TemporalType.DATE)
    @Column(name = "BIRTH_DATE")
    private Date birthDate;

    @Column(name = "EXTERNAL_ID")
    private UUID externalId;

    @Column(table = "CUSTOMER_PROFILE", length = 500)
    private String bio;

    @Column(table = "CUSTOMER_PROFILE", name = "PREFERRED_LANGUAGE", length = 8)
    private String preferredLanguage;

    @ElementCollection
    @CollectionTable(name = "CUSTOMER_PHONE", joinColumns = @JoinColumn(name = "CUSTOMER_ID"))
    @Column(name = "PHONE", length = 30)
    private Set<String> phones = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "CUSTOMER_DELIVERY_ADDRESS", joinColumns = @JoinColumn(name = "CUSTOMER_ID"))
    private List<Address> deliveryAddresses = new ArrayList<>();

    @OneToMany
    @JoinTable(name = "CUSTOMER_FAVORITE", joinColumns = @JoinColumn(name = "CUSTOMER_ID"),
            inverseJoinColumns = @JoinColumn(name = "PRODUCT_ID"))
    private Set<Product> favorites = new LinkedHashSet<>();

    protected Customer() {
    }

    public Customer(String email, String name) {
        this.email = email;
        this.name = name;
        this.status = CustomerStatus.PROSPECT;
        // never NULL: EclipseLink 4.0.9's UUIDConverter throws a NullPointerException reading a NULL UUID column
        this.externalId = UUID.randomUUID();
    }

    public Long getId() { return id; }
    public String getEmail() { return email; }
    public String getName() { return name; }
    public Address getHomeAddress() { return homeAddress; }
    public void setHomeAddress(Address homeAddress) { this.homeAddress = homeAddress; }
    public Address getBillingAddress() { return billingAddress; }
    public void setBillingAddress(Address billingAddress) { this.billingAddress = billingAddress; }
    public CustomerStatus getStatus() { return status; }
    public void setStatus(CustomerStatus status) { this.status = status; }
    public boolean isNewsletter() { return newsletter; }
    public void setNewsletter(boolean newsletter) { this.newsletter = newsletter; }
    public Date getBirthDate() { return birthDate; }
    public void setBirthDate(Date birthDate) { this.birthDate = birthDate; }
    public UUID getExternalId() { return externalId; }
    public void setExternalId(UUID externalId) { this.externalId = externalId; }
    public String getBio() { return bio; }
    public void setBio(String bio) { this.bio = bio; }
    public String getPreferredLanguage() { return preferredLanguage; }
    public void setPreferredLanguage(String preferredLanguage) { this.preferredLanguage = preferredLanguage; }
    public Set<String> getPhones() { return phones; }
    public List<Address> getDeliveryAddresses() { return deliveryAddresses; }
    public Set<Product> getFavorites() { return favorites; }
}
