package org.supplierportal.invoice;

import java.math.BigDecimal;
import java.util.UUID;

import org.supplierportal.order.OrderId;
import org.supplierportal.tenancy.TenantId;

/** What the invoice module tells the rest of the portal (the buyer inbox). */
public final class InvoiceEvents {

    private InvoiceEvents() {
    }

    /** An invoice became blocked, or blocked for another reason. */
    public record InvoiceBlocked(TenantId tenantId, UUID invoiceId, String invoiceNumber, OrderId orderId,
                                 String orderNumber, BigDecimal totalAmount, String currency, String reason) {
    }

    /** A blocked invoice moved on (the variance was cleared, it was approved or cancelled). */
    public record InvoiceUnblocked(TenantId tenantId, UUID invoiceId, String invoiceNumber, InvoiceStatus status) {
    }
}
