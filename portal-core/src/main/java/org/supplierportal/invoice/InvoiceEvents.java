package org.supplierportal.invoice;

import java.math.BigDecimal;
import java.util.UUID;

import org.supplierportal.order.OrderId;
import org.supplierportal.tenancy.TenantId;

/** What the invoice module tells the rest of the portal (the buyer inbox). */
public final class InvoiceEvents {

    private InvoiceEvents() {
    }

    /**
     * An invoice became blocked, or blocked for another reason.
     *
     * @param reason  why, as the invoice keeps it: the portal's variances as an {@code ExplanationText} (read in each
     *                reader's language), an ERP's reason as the ERP wrote it
     * @param summary what was invoiced as an {@code ExplanationText}, or null when the ERP gave no amount
     * @param rule    the reason and what the buyer can do, in English
     */
    public record InvoiceBlocked(TenantId tenantId, UUID invoiceId, String invoiceNumber, OrderId orderId,
                                 String orderNumber, BigDecimal totalAmount, String currency, String reason,
                                 String summary, String rule) {
    }

    /**
     * A blocked invoice moved on (the variance was cleared, it was approved or cancelled).
     *
     * @param resolution why the invoice's exception resolved itself, in the buyer's words
     */
    public record InvoiceUnblocked(TenantId tenantId, UUID invoiceId, String invoiceNumber, InvoiceStatus status,
                                   String resolution) {
    }

    /**
     * An invoice's state at the customer changed (or a first state arrived: {@code before} is null), for systems
     * outside the portal.
     *
     * @param reason why it is blocked, or null; kept as {@link InvoiceBlocked#reason()}
     */
    public record InvoiceStatusChanged(TenantId tenantId, UUID invoiceId, String invoiceNumber, OrderId orderId,
                                       String orderNumber, InvoiceStatus before, InvoiceStatus status, String reason) {
    }
}
