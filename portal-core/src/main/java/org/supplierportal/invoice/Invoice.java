package org.supplierportal.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;
import org.supplierportal.tolerance.ExplanationText;

/** A supplier invoice's latest state at the customer, and each state it went through. */
@Entity
@Table(name = "invoice")
class Invoice {

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    private String sourceSystem;
    private String erpInvoiceId;
    private String invoiceNumber;
    private String erpNumber;
    private UUID orderId;
    private String orderNumber;
    private LocalDate invoiceDate;
    private String currency;
    private BigDecimal totalAmount;
    @Enumerated(EnumType.STRING)
    private InvoiceStatus status;
    private String blockReason;
    private LocalDate paidOn;
    private String paymentReference;
    private Instant firstSeenAt;
    private Instant updatedAt;
    @Version
    private Long version; // null until persisted: how Spring Data tells a new entity with an assigned id

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("changedAt")
    private List<InvoiceStatusChange> history = new ArrayList<>();

    protected Invoice() {
    }

    static Invoice first(UUID tenantId, InvoiceDocument document, Instant now) {
        Invoice invoice = new Invoice();
        invoice.id = UUID.randomUUID();
        invoice.tenantId = tenantId;
        invoice.sourceSystem = document.sourceSystem();
        invoice.erpInvoiceId = document.erpInvoiceId();
        invoice.firstSeenAt = now;
        return invoice;
    }

    /**
     * Takes the ERP's latest view and the state the portal decided (the ERP's, or blocked by a variance); returns
     * whether the state or its reason changed.
     */
    boolean take(InvoiceDocument document, UUID orderId, String orderNumber, InvoiceStatus decided, String reason, Instant now) {
        invoiceNumber = document.invoiceNumber();
        erpNumber = document.erpNumber();
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        invoiceDate = document.invoiceDate();
        currency = document.currency();
        totalAmount = document.totalAmount();
        paidOn = document.paidOn();
        paymentReference = document.paymentReference();
        // A reason kept in English before and now as a key with values is the same reason: no change to tell anyone.
        boolean changed = decided != status
                || !Objects.equals(InvoiceInboxTexts.english(reason), InvoiceInboxTexts.english(blockReason));
        if (changed) {
            status = decided;
            history.add(new InvoiceStatusChange(this, decided, reason, now));
        }
        blockReason = reason;
        updatedAt = now;
        return changed;
    }

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    InvoiceStatus status() {
        return status;
    }

    InvoiceView view(String supplierName) {
        return new InvoiceView(id, new org.supplierportal.tenancy.TenantId(tenantId), supplierName, sourceSystem,
                invoiceNumber, erpNumber, orderId == null ? null : new org.supplierportal.order.OrderId(orderId),
                orderNumber, invoiceDate, currency, totalAmount, status, ExplanationText.readOrAsStored(blockReason), paidOn,
                paymentReference, firstSeenAt, updatedAt, history.stream().map(InvoiceStatusChange::view).toList());
    }
}
