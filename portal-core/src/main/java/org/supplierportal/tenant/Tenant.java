package org.supplierportal.tenant;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.supplierportal.tenancy.TenantId;

/** A supplier company using the portal. Its id is the tenant id every tenant-owned row carries. */
@Entity
@Table(name = "tenant")
class Tenant {

    @Id
    private UUID id;

    private String key;
    private String name;
    private boolean active;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    @Column(name = "qty_under_pct")
    private BigDecimal quantityUnderPercent;
    @Column(name = "qty_over_pct")
    private BigDecimal quantityOverPercent;
    private Integer dateEarlyDays;
    private Integer dateLateDays;
    @Column(name = "price_under_pct")
    private BigDecimal priceUnderPercent;
    @Column(name = "price_over_pct")
    private BigDecimal priceOverPercent;
    @Column(name = "ack_deadline_working_days")
    private int acknowledgmentDeadlineWorkingDays;
    private String addressStreet;
    private String addressPostalCode;
    private String addressCity;
    private String addressCountry;
    private String shipFromStreet;
    private String shipFromPostalCode;
    private String shipFromCity;
    private String shipFromCountry;
    private String gs1CompanyPrefix;
    @Column(name = "ship_before_ack")
    private boolean shipBeforeAcknowledgment;
    private String defaultCarrier;
    private Instant tolerancesReviewedAt;
    private String tolerancesReviewedBy;
    private Instant deactivatedAt;
    private String source;
    private String sourceFile;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version; // null until persisted: how Spring Data tells a new entity with an assigned id

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tenant_party_code", joinColumns = @JoinColumn(name = "tenant_id"))
    @Column(name = "party_code")
    private Set<String> partyCodes = new LinkedHashSet<>();

    protected Tenant() {
    }

    static Tenant onboard(TenantDefinition definition, String source, String sourceFile, Instant now) {
        Tenant tenant = new Tenant();
        tenant.id = UUID.randomUUID();
        tenant.key = definition.key();
        tenant.active = true;
        tenant.createdAt = now;
        tenant.apply(definition, source, sourceFile, now);
        return tenant;
    }

    /** Applies a definition; returns whether anything changed, so re-applying the same one writes nothing. */
    boolean apply(TenantDefinition definition, String source, String sourceFile, Instant now) {
        if (!definition.key().equals(key)) {
            throw new IllegalArgumentException("definition for " + definition.key() + " applied to tenant " + key);
        }
        if (matches(definition) && Objects.equals(this.source, source) && Objects.equals(this.sourceFile, sourceFile)) {
            return false;
        }
        name = definition.name();
        contactName = definition.contact().name();
        contactEmail = definition.contact().email();
        contactPhone = definition.contact().phone();
        ToleranceOverrides tolerances = definition.tolerances();
        quantityUnderPercent = tolerances.quantityUnderPercent();
        quantityOverPercent = tolerances.quantityOverPercent();
        dateEarlyDays = tolerances.dateEarlyDays();
        dateLateDays = tolerances.dateLateDays();
        priceUnderPercent = tolerances.priceUnderPercent();
        priceOverPercent = tolerances.priceOverPercent();
        acknowledgmentDeadlineWorkingDays = definition.acknowledgmentDeadlineWorkingDays();
        Address address = definition.address();
        addressStreet = address.street();
        addressPostalCode = address.postalCode();
        addressCity = address.city();
        addressCountry = address.countryCode();
        ShippingRules shipping = definition.shipping();
        shipFromStreet = shipping.shipFrom().street();
        shipFromPostalCode = shipping.shipFrom().postalCode();
        shipFromCity = shipping.shipFrom().city();
        shipFromCountry = shipping.shipFrom().countryCode();
        gs1CompanyPrefix = shipping.gs1CompanyPrefix();
        shipBeforeAcknowledgment = shipping.shipBeforeAcknowledgment();
        defaultCarrier = shipping.defaultCarrier();
        partyCodes.clear();
        partyCodes.addAll(definition.erpPartyCodes());
        this.source = source;
        this.sourceFile = sourceFile;
        updatedAt = now;
        return true;
    }

    private boolean matches(TenantDefinition definition) {
        return definition.name().equals(name)
                && definition.contact().equals(contact())
                && definition.tolerances().equals(tolerances())
                && definition.acknowledgmentDeadlineWorkingDays() == acknowledgmentDeadlineWorkingDays
                && definition.address().equals(address())
                && definition.shipping().equals(shipping())
                && new LinkedHashSet<>(definition.erpPartyCodes()).equals(partyCodes);
    }

    TenantId id() {
        return new TenantId(id);
    }

    String key() {
        return key;
    }

    String name() {
        return name;
    }

    boolean active() {
        return active;
    }

    Contact contact() {
        return new Contact(contactName, contactEmail, contactPhone);
    }

    Address address() {
        return new Address(addressStreet, addressPostalCode, addressCity, addressCountry);
    }

    ShippingRules shipping() {
        return new ShippingRules(new Address(shipFromStreet, shipFromPostalCode, shipFromCity, shipFromCountry),
                gs1CompanyPrefix, shipBeforeAcknowledgment, defaultCarrier);
    }

    String source() {
        return source;
    }

    String sourceFile() {
        return sourceFile;
    }

    /** Deactivated: its users can no longer log in; its data stays as it is, readable by buyers and auditors. */
    boolean deactivate(Instant now) {
        if (!active) {
            return false;
        }
        active = false;
        deactivatedAt = now;
        updatedAt = now;
        return true;
    }

    boolean reactivate(Instant now) {
        if (active) {
            return false;
        }
        active = true;
        deactivatedAt = null;
        updatedAt = now;
        return true;
    }

    /** An admin confirmed the tolerance limits are right for this supplier (an onboarding step). */
    void markTolerancesReviewed(String by, Instant now) {
        tolerancesReviewedAt = now;
        tolerancesReviewedBy = by;
    }

    /** Its file is gone from the tenants folder: from now on the screen manages it. */
    void releaseFromFile(Instant now) {
        source = TenantSummary.SOURCE_SCREEN;
        sourceFile = null;
        updatedAt = now;
    }

    long version() {
        return version == null ? 0 : version;
    }

    ToleranceOverrides tolerances() {
        return new ToleranceOverrides(scaled(quantityUnderPercent), scaled(quantityOverPercent), dateEarlyDays,
                dateLateDays, scaled(priceUnderPercent), scaled(priceOverPercent));
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value == null ? null : value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    TenantSummary summary() {
        List<String> codes = new ArrayList<>(partyCodes);
        codes.sort(null);
        return new TenantSummary(id(), key, name, active, codes, contact(), tolerances(),
                acknowledgmentDeadlineWorkingDays, source, sourceFile, address(), shipping(), tolerancesReviewedAt,
                tolerancesReviewedBy, deactivatedAt, createdAt, version());
    }
}
