package org.supplierportal.acknowledgment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.supplierportal.tolerance.SupplierAnswer;

/**
 * The supplier's answer to one line, as entered. For a proposal, give any of quantity, date and price (the others
 * stay as ordered), or a split: several deliveries (quantity on date) instead of quantity and date.
 *
 * @param unit     only to propose another unit (always goes to a buyer)
 * @param currency only to propose another currency (always goes to a buyer)
 */
public record LineAnswer(int lineNumber, SupplierAnswer.Decision decision, BigDecimal quantity, LocalDate date,
                         BigDecimal unitPrice, List<Delivery> deliveries, String unit, String currency,
                         String rejectReason, String comment) {

    public record Delivery(BigDecimal quantity, LocalDate date) {
    }

    public LineAnswer {
        deliveries = deliveries == null ? List.of() : List.copyOf(deliveries);
    }

    public static LineAnswer accept(int lineNumber) {
        return new LineAnswer(lineNumber, SupplierAnswer.Decision.ACCEPT, null, null, null, null, null, null, null, null);
    }

    public static LineAnswer reject(int lineNumber, String reason) {
        return new LineAnswer(lineNumber, SupplierAnswer.Decision.REJECT, null, null, null, null, null, null, reason, null);
    }

    public static LineAnswer propose(int lineNumber, BigDecimal quantity, LocalDate date, BigDecimal unitPrice) {
        return new LineAnswer(lineNumber, SupplierAnswer.Decision.PROPOSE, quantity, date, unitPrice, null, null, null,
                null, null);
    }

    public static LineAnswer split(int lineNumber, List<Delivery> deliveries) {
        return new LineAnswer(lineNumber, SupplierAnswer.Decision.PROPOSE, null, null, null, deliveries, null, null,
                null, null);
    }

    public LineAnswer withComment(String text) {
        return new LineAnswer(lineNumber, decision, quantity, date, unitPrice, deliveries, unit, currency, rejectReason, text);
    }

    public boolean isSplit() {
        return !deliveries.isEmpty();
    }
}
