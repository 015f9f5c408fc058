package org.supplierportal.shipment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;
import org.supplierportal.order.OrderLineKey;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.ShippableLine;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An advance shipping notice: what a supplier ships, when, how, in which packages. Changeable until the ERP has
 * received against it; each change is a new ASN version for the ERP.
 */
@Entity
@Table(name = "asn")
class Asn {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    private String number;
    private int asnVersion;
    @Enumerated(EnumType.STRING)
    private AsnStatus status;
    private LocalDate shipDate;
    private LocalDate expectedArrival;
    private String carrier;
    private String trackingNumber;
    private String billOfLading;
    private String shipTo;
    @Column(name = "packages")
    private String packagesJson;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant cancelledAt;
    private Instant receivedAt;
    private Instant notReceivedRaisedAt;
    @Version
    private Long version; // null until persisted: how Spring Data tells a new entity with an assigned id

    @OneToMany(mappedBy = "asn", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<AsnLine> lines = new ArrayList<>();

    protected Asn() {
    }

    static Asn ship(UUID tenantId, String number, AsnDraft draft, Map<OrderLineKey, ShippableLine> orderLines,
                    List<AsnPackage> packages, String by, Instant now) {
        Asn asn = new Asn();
        asn.id = UUID.randomUUID();
        asn.tenantId = tenantId;
        asn.number = number;
        asn.asnVersion = 1;
        asn.status = AsnStatus.SHIPPED;
        asn.createdBy = by;
        asn.createdAt = now;
        asn.take(draft, orderLines, packages, now);
        return asn;
    }

    /** A new version of the ASN: everything as in the draft; the packages keep their SSCCs by number. */
    void change(AsnDraft draft, Map<OrderLineKey, ShippableLine> orderLines, List<AsnPackage> packages, Instant now) {
        requireChangeable();
        asnVersion++;
        lines.clear();
        take(draft, orderLines, packages, now);
    }

    void cancel(Instant now) {
        requireChangeable();
        asnVersion++;
        status = AsnStatus.CANCELLED;
        cancelledAt = now;
        updatedAt = now;
    }

    /** A receipt of the ERP against one of its lines; returns the line it was booked to, if any. */
    java.util.Optional<AsnLine> receive(UUID orderId, int orderLineNumber, BigDecimal quantity, Instant now) {
        java.util.Optional<AsnLine> line = lines.stream()
                .filter(candidate -> candidate.orderId().equals(orderId) && candidate.orderLineNumber() == orderLineNumber)
                .filter(candidate -> candidate.receivedQuantity().compareTo(candidate.quantity()) < 0)
                .findFirst()
                .or(() -> lines.stream().filter(candidate -> candidate.orderId().equals(orderId)
                        && candidate.orderLineNumber() == orderLineNumber).reduce((first, last) -> last));
        line.ifPresent(found -> {
            found.addReceived(quantity);
            boolean all = lines.stream().allMatch(candidate -> candidate.receivedQuantity().signum() > 0);
            status = all ? AsnStatus.RECEIVED : AsnStatus.PARTLY_RECEIVED;
            receivedAt = now;
            updatedAt = now;
        });
        return line;
    }

    void markNotReceivedRaised(Instant now) {
        notReceivedRaisedAt = now;
    }

    private void take(AsnDraft draft, Map<OrderLineKey, ShippableLine> orderLines, List<AsnPackage> packages, Instant now) {
        shipDate = draft.shipDate();
        expectedArrival = draft.expectedArrival();
        carrier = blankToNull(draft.carrier());
        trackingNumber = blankToNull(draft.trackingNumber());
        billOfLading = blankToNull(draft.billOfLading());
        for (int i = 0; i < draft.lines().size(); i++) {
            AsnDraft.Line line = draft.lines().get(i);
            ShippableLine orderLine = orderLines.get(new OrderLineKey(new OrderId(line.orderId()), line.lineNumber()));
            lines.add(new AsnLine(this, tenantId, i + 1, orderLine, line));
            shipTo = orderLine.shipTo();
        }
        packagesJson = JSON.writeValueAsString(packages);
        updatedAt = now;
    }

    private void requireChangeable() {
        if (!status.changeable()) {
            throw new AsnNotChangeableException(number, status);
        }
    }

    UUID id() {
        return id;
    }

    String number() {
        return number;
    }

    AsnStatus status() {
        return status;
    }

    List<AsnLine> lines() {
        return lines;
    }

    List<AsnPackage> packages() {
        return packagesJson == null ? List.of() : JSON.readValue(packagesJson, new TypeReference<List<AsnPackage>>() { });
    }

    AsnView view(String supplierName) {
        return new AsnView(id, new org.supplierportal.tenancy.TenantId(tenantId), supplierName, number, asnVersion,
                status, shipDate, expectedArrival, carrier, trackingNumber, billOfLading, shipTo,
                lines.stream().map(AsnLine::view).toList(), packages(), createdBy, createdAt, updatedAt, receivedAt,
                version == null ? 0 : version);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
