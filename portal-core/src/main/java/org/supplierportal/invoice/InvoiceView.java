package org.supplierportal.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.supplierportal.order.OrderId;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tolerance.Explanation;

/**
 * An invoice as the screens and the API show it, with the states it went through, oldest first.
 *
 * @param blockReason why it is blocked (or null): the portal's variances each reader reads in their language, an
 *                    ERP's reason as the ERP wrote it; {@link Explanation#english()} for the API
 */
public record InvoiceView(UUID id, TenantId tenantId, String supplierName, String sourceSystem, String invoiceNumber,
                          String erpNumber, OrderId orderId, String orderNumber, LocalDate invoiceDate, String currency,
                          BigDecimal totalAmount, InvoiceStatus status, Explanation blockReason, LocalDate paidOn,
                          String paymentReference, Instant firstSeenAt, Instant updatedAt, List<Change> history) {

    public record Change(InvoiceStatus status, Explanation reason, Instant at) {
    }

    /** The number a person knows the invoice by: the supplier's, or the ERP's until the supplier's is known. */
    public String displayNumber() {
        return invoiceNumber != null ? invoiceNumber : erpNumber != null ? erpNumber : "(no number yet)";
    }
}
