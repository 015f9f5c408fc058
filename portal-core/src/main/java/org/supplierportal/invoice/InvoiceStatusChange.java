package org.supplierportal.invoice;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;
import org.supplierportal.tolerance.ExplanationText;

/** One state an invoice reached, when, and why (for a block). */
@Entity
@Table(name = "invoice_status_change")
class InvoiceStatusChange {

    @Id
    private UUID id;
    @ManyToOne
    @JoinColumn(name = "invoice_id")
    private Invoice invoice;
    @TenantId
    private UUID tenantId;
    @Enumerated(EnumType.STRING)
    private InvoiceStatus status;
    private String reason;
    private Instant changedAt;

    protected InvoiceStatusChange() {
    }

    InvoiceStatusChange(Invoice invoice, InvoiceStatus status, String reason, Instant changedAt) {
        this.id = UUID.randomUUID();
        this.invoice = invoice;
        this.tenantId = invoice.tenantId(); // written by the ERP import, across tenants: the invoice's supplier
        this.status = status;
        this.reason = reason;
        this.changedAt = changedAt;
    }

    InvoiceView.Change view() {
        return new InvoiceView.Change(status, ExplanationText.readOrAsStored(reason), changedAt);
    }
}
