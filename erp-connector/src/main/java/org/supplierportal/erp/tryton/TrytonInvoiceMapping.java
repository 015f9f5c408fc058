package org.supplierportal.erp.tryton;

import static org.supplierportal.erp.tryton.TrytonRecords.SYSTEM;
import static org.supplierportal.erp.tryton.TrytonRecords.text;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.supplierportal.erp.PulledRecord;
import org.supplierportal.erp.Watermark;
import org.supplierportal.invoice.InvoiceDocument;
import org.supplierportal.invoice.InvoiceStatus;
import tools.jackson.databind.JsonNode;

/**
 * Supplier invoices ({@code account.invoice} of type "in"), with the purchase they bill, from their lines' origin.
 * Tryton's states map to the portal's: draft = received, validated = in matching, posted = approved for payment, paid
 * (with the reconciliation date), cancelled. Tryton has no payment block; the portal's own matching against the order
 * finds price and quantity variances. Pure.
 */
final class TrytonInvoiceMapping {

    static final List<String> INVOICE_FIELDS = List.of("number", "reference", "party.code", "invoice_date", "currency.code",
            "total_amount", "state", "reconciled", "lines", "write_date", "create_date");

    static final List<String> LINE_FIELDS = List.of("invoice", "origin", "quantity", "unit_price");

    /** Invoices never written since their creation have no write date: they come first, by creation date. */
    static final List<Object> FEED_ORDER = List.of(List.of("write_date", "ASC NULLS FIRST"), List.of("create_date", "ASC"),
            List.of("id", "ASC"));

    private TrytonInvoiceMapping() {
    }

    /** Supplier invoices created or changed after the position. */
    static List<Object> supplierInvoicesAfter(Watermark after) {
        return List.of(List.of("type", "=", "in"), TrytonRecords.changedOrCreatedAfter(after));
    }

    static InvoiceStatus status(String state) {
        return switch (state == null ? "" : state) {
            case "validated" -> InvoiceStatus.IN_MATCHING;
            case "posted" -> InvoiceStatus.APPROVED;
            case "paid" -> InvoiceStatus.PAID;
            case "cancelled" -> InvoiceStatus.CANCELLED;
            default -> InvoiceStatus.RECEIVED;
        };
    }

    /** The purchase line an invoice line bills, if it bills one. */
    static Optional<Long> purchaseLineOf(JsonNode invoiceLine) {
        return TrytonRecords.reference(invoiceLine.get("origin"), "purchase.line");
    }

    /**
     * The invoice as the portal keeps it: its lines by the purchase lines they bill, the order from the first of those.
     *
     * @param lines          the invoice's lines
     * @param purchaseOfLine the purchase of each purchase line the lines bill
     */
    static PulledRecord<InvoiceDocument> record(JsonNode invoice, List<JsonNode> lines, Map<Long, Long> purchaseOfLine) {
        long id = invoice.get("id").asLong();
        String order = lines.stream().map(TrytonInvoiceMapping::purchaseLineOf).flatMap(Optional::stream)
                .map(purchaseOfLine::get).filter(Objects::nonNull).findFirst().map(String::valueOf).orElse(null);
        String state = text(invoice.get("state"));
        List<InvoiceDocument.Line> billed = lines.stream().filter(line -> purchaseLineOf(line).isPresent())
                .map(line -> new InvoiceDocument.Line(String.valueOf(purchaseLineOf(line).orElseThrow()),
                        TrytonValues.toDecimal(line.get("quantity")), TrytonValues.toDecimal(line.get("unit_price"))))
                .toList();
        return PulledRecord.mapped(TrytonRecords.position(invoice), String.valueOf(id), "Tryton supplier invoice " + id,
                invoice.toString(), new InvoiceDocument(SYSTEM, String.valueOf(id),
                        Objects.requireNonNullElse(text(invoice.path("party.").get("code")), ""),
                        text(invoice.get("reference")), text(invoice.get("number")), order,
                        TrytonValues.toDate(invoice.get("invoice_date")), text(invoice.path("currency.").get("code")),
                        TrytonValues.toDecimal(invoice.get("total_amount")), status(state), null,
                        "paid".equals(state) ? TrytonValues.toDate(invoice.get("reconciled")) : null, null, billed));
    }
}
