package org.supplierportal.erp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An advance shipping notice for the ERP: the supplier ships these quantities of these order lines. The ERP side
 * finds its shipment by the ASN number: it creates it for the first version, brings it in line with a later one,
 * and withdraws it for a cancellation; applying a version twice has one effect.
 *
 * @param version   1 for the first; each change adds one
 * @param cancelled the supplier cancelled the ASN
 */
public record AsnMessage(String asnNumber, int version, boolean cancelled, String supplierPartyCode, LocalDate shipDate,
                         LocalDate expectedArrival, String carrier, String trackingNumber, List<Line> lines) {

    /** The message's identity in the outbound queue: one per ASN version. */
    public String idempotencyKey() {
        return "asn:" + asnNumber + ":v" + version;
    }

    /** The system the ASN's orders came from (an ASN covers the orders of one supplier from one ERP). */
    public String sourceSystem() {
        return lines.isEmpty() ? null : lines.getFirst().sourceSystem();
    }

    public record Line(String sourceSystem, String erpOrderId, String erpLineId, BigDecimal quantity, String lot) {
    }
}
