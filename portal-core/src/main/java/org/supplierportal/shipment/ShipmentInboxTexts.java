package org.supplierportal.shipment;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.supplierportal.order.OrderWords;
import org.supplierportal.tolerance.Explanation;
import org.supplierportal.tolerance.ExplanationText;

/**
 * What a buyer reads in the inbox about a shipment that needs them: the shipment module's words, carried by its
 * events, so the inbox shows them without knowing what an ASN is. The summaries are keys of the rules bundle with their
 * values ({@link ExplanationText}), read in each buyer's language. Pure.
 */
final class ShipmentInboxTexts {

    private ShipmentInboxTexts() {
    }

    /** What the ASN said of a line whose receipt differs from it. */
    static String shippedOnAsn(String asnNumber, BigDecimal shipped, String unit) {
        return ExplanationText.of(Explanation.of("summary.shippedOnAsn", asnNumber, OrderWords.quantity(shipped, unit)));
    }

    static String receiptWithoutAsn(BigDecimal received, String unit, String reference) {
        return "Received " + quantity(received, unit) + (reference == null ? " without a shipment reference"
                : " under the reference " + reference) + ", which no ASN of the supplier names. Ask the supplier to send ASNs.";
    }

    static String asnExpected(String asnNumber, LocalDate expectedArrival) {
        return ExplanationText.of(Explanation.of("summary.asnExpected", asnNumber, expectedArrival));
    }

    static String asnNotReceived(String asnNumber, String orderNumbers, LocalDate expectedArrival, int daysLate) {
        return "The goods of ASN " + asnNumber + " (PO " + orderNumbers + ") were expected on " + expectedArrival
                + " and have not been received " + daysLate + " days later. Check with the carrier or the supplier.";
    }

    static String committed(BigDecimal open, String unit, LocalDate dueDate) {
        return ExplanationText.of(Explanation.of("summary.committed", OrderWords.quantity(open, unit), dueDate));
    }

    static String nothingShipped(LocalDate dueDate) {
        return "The supplier committed this line for " + dueDate + " and has shipped nothing of it (no ASN, nothing received).";
    }

    private static String quantity(BigDecimal value, String unit) {
        return value.stripTrailingZeros().toPlainString() + (unit == null ? "" : " " + unit);
    }
}
