package org.supplierportal.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A supplier invoice as an ERP reports it (the canonical form every adapter maps to).
 *
 * @param erpInvoiceId     the ERP's identity of the invoice (with the source system: idempotency)
 * @param invoiceNumber    the supplier's own invoice number, as printed on the invoice
 * @param erpNumber        the ERP's document number, if it has one yet
 * @param erpOrderId       the ERP's identity of the order invoiced, if the invoice is for one
 * @param blockReason      the ERP's own payment block, if any (then the status is {@link InvoiceStatus#BLOCKED})
 * @param paymentReference what the payment is known by (payment run, transfer), once paid
 */
public record InvoiceDocument(String sourceSystem, String erpInvoiceId, String supplierPartyCode, String invoiceNumber,
                              String erpNumber, String erpOrderId, LocalDate invoiceDate, String currency,
                              BigDecimal totalAmount, InvoiceStatus status, String blockReason, LocalDate paidOn,
                              String paymentReference, List<Line> lines) {

    /** One invoiced line, by the ERP's order line identity. */
    public record Line(String erpLineId, BigDecimal quantity, BigDecimal unitPrice) {
    }

    public InvoiceDocument {
        Objects.requireNonNull(sourceSystem, "sourceSystem");
        Objects.requireNonNull(erpInvoiceId, "erpInvoiceId");
        Objects.requireNonNull(supplierPartyCode, "supplierPartyCode");
        Objects.requireNonNull(status, "status");
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
