package org.supplierportal.shipment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A goods receipt as the ERP reports it: this quantity of this order line arrived on this day.
 *
 * @param erpReceiptId      the ERP's identity of the receipt record (with the source system: idempotency)
 * @param shipmentReference the supplier's shipment reference, normally the ASN number, if the ERP has one
 * @param rejectedQuantity  of the quantity received, how much incoming inspection rejected (null or 0: none)
 * @param rejectionReason   why, in the inspector's words
 */
public record ReceiptDocument(String sourceSystem, String erpReceiptId, String erpOrderId, String erpLineId,
                              BigDecimal quantity, String unit, LocalDate receivedOn, String shipmentReference,
                              BigDecimal rejectedQuantity, String rejectionReason) {

    /** A receipt with nothing rejected. */
    public ReceiptDocument(String sourceSystem, String erpReceiptId, String erpOrderId, String erpLineId,
                           BigDecimal quantity, String unit, LocalDate receivedOn, String shipmentReference) {
        this(sourceSystem, erpReceiptId, erpOrderId, erpLineId, quantity, unit, receivedOn, shipmentReference, null, null);
    }

    public boolean hasRejection() {
        return rejectedQuantity != null && rejectedQuantity.signum() > 0;
    }

    public ReceiptDocument {
        Objects.requireNonNull(sourceSystem, "sourceSystem");
        Objects.requireNonNull(erpReceiptId, "erpReceiptId");
        Objects.requireNonNull(erpOrderId, "erpOrderId");
        Objects.requireNonNull(erpLineId, "erpLineId");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(receivedOn, "receivedOn");
    }
}
