package org.supplierportal.erp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An advance shipping notice for the ERP: the supplier ships these quantities of these order lines. The ASN number is
 * the idempotency key: the ERP side looks for a shipment with it before creating one.
 */
public record AsnMessage(String asnNumber, String supplierPartyCode, LocalDate shipDate, LocalDate expectedArrival,
                         String carrier, String trackingNumber, List<Line> lines) {

    public record Line(String sourceSystem, String erpOrderId, String erpLineId, BigDecimal quantity, String lot) {
    }
}
