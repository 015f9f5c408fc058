package org.supplierportal.shipment;

import java.math.BigDecimal;
import java.util.UUID;

import org.supplierportal.order.OrderId;
import org.supplierportal.tenancy.TenantId;

/** What the shipment module tells the rest of the portal (the ERP connector, the buyer inbox). */
public final class ShipmentEvents {

    private ShipmentEvents() {
    }

    /** A new version of an ASN (its first, a change, or its cancellation) is to reach the ERP. */
    public record AsnVersionReady(UUID asnId, TenantId tenantId, String number, int asnVersion, boolean cancelled) {
    }

    // The events a buyer must act on carry what the inbox shows, in the shipment's words: a summary of what was
    // shipped or committed (an ExplanationText: a key of the rules bundle with its values, read in each buyer's
    // language), and the rule (why the buyer sees it, what to do).

    /** The ERP received an ASN line's goods, within the tolerance of what was shipped. */
    public record ReceiptMatched(TenantId tenantId, String asnNumber, OrderId orderId, String orderNumber, int lineNumber,
                                 String partNumber, BigDecimal shipped, BigDecimal received, String unit) {
    }

    /**
     * The ERP received a different quantity of an ASN line than it shipped, beyond the tolerance.
     *
     * @param limitPercent the tolerance the quantity is beyond (under when less arrived, over when more did); null in
     *                     events published before it was carried
     */
    public record ReceiptDiffersFromAsn(TenantId tenantId, String asnNumber, OrderId orderId, String orderNumber,
                                        int lineNumber, String partNumber, BigDecimal shipped, BigDecimal received,
                                        String unit, BigDecimal limitPercent, String summary, String rule) {
    }

    /** The ERP received goods for an order line without an ASN of the supplier naming them. */
    public record ReceiptWithoutAsn(TenantId tenantId, OrderId orderId, String orderNumber, int lineNumber,
                                    String partNumber, BigDecimal received, String unit, String reference, String rule) {
    }

    /** An ASN's goods have not arrived some days after their expected arrival. */
    public record AsnNotReceived(TenantId tenantId, String asnNumber, OrderId firstOrderId, String orderNumbers,
                                 java.time.LocalDate expectedArrival, int daysLate, String summary, String rule) {
    }

    /** A committed line's date has passed and nothing of it is shipped or received. */
    public record ShipmentOverdue(TenantId tenantId, OrderId orderId, String orderNumber, int lineNumber,
                                  String partNumber, java.time.LocalDate dueDate, BigDecimal open, String unit,
                                  String summary, String rule) {
    }

    /** Incoming inspection rejected part of a receipt: a quality incident for the supplier. */
    public record ReceiptRejected(TenantId tenantId, String sourceSystem, String erpReceiptId, OrderId orderId,
                                  String orderNumber, int lineNumber, String partNumber, String asnNumber,
                                  BigDecimal received, BigDecimal rejected, String unit, String reason,
                                  java.time.LocalDate receivedOn) {
    }
}
