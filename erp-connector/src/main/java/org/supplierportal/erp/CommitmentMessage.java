package org.supplierportal.erp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What supplier and buyer agreed on an order line, for the ERP. The idempotency key lets the ERP side check
 * whether it already applied this exact message before it acts.
 */
public record CommitmentMessage(String idempotencyKey, String sourceSystem, String erpOrderId, String orderNumber,
                                String erpLineId, int lineNumber, BigDecimal quantity, String unit, BigDecimal unitPrice,
                                String currency, List<Delivery> deliveries) {

    public record Delivery(BigDecimal quantity, LocalDate date) {
    }

    /** The earliest delivery: ERPs with one date per line get this one. */
    public LocalDate firstDate() {
        return deliveries.stream().map(Delivery::date).min(LocalDate::compareTo).orElseThrow();
    }
}
