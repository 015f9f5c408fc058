package org.supplierportal.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A purchase order as an ERP (or any channel) sends it, in the portal's canonical form. One document is one
 * revision of one order.
 *
 * @param sourceSystem      where it comes from ("TRYTON", "EDI", "DEMO"); with {@code erpId} the order's identity
 * @param erpRevision       the ERP's own, increasing marker of this version (an amendment counter, a change time)
 * @param supplierPartyCode the supplier's party code in the ERP, which names the tenant
 */
public record OrderDocument(String sourceSystem, String erpId, String number, long erpRevision,
                            String supplierPartyCode, String buyerName, String buyerEmail, String currency,
                            String paymentTerms, String incoterms, String shipTo, LocalDate orderDate,
                            List<Line> lines) {

    public OrderDocument {
        Objects.requireNonNull(sourceSystem, "sourceSystem");
        Objects.requireNonNull(erpId, "erpId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(supplierPartyCode, "supplierPartyCode");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(orderDate, "orderDate");
        lines = List.copyOf(lines == null ? List.of() : lines);
    }

    /**
     * One order line. {@code unitPrice} is the price per {@code priceUnit} units (e.g. 12.50 per 100 pieces).
     */
    public record Line(int lineNumber, String erpLineId, String partNumber, String supplierPartNumber,
                       String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
                       BigDecimal priceUnit, LocalDate requestedDate, List<Schedule> schedule) {

        public Line {
            Objects.requireNonNull(partNumber, "partNumber");
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(unitPrice, "unitPrice");
            Objects.requireNonNull(requestedDate, "requestedDate");
            priceUnit = priceUnit == null ? BigDecimal.ONE : priceUnit;
            schedule = List.copyOf(schedule == null ? List.of() : schedule);
        }

        Line normalized() {
            return new Line(lineNumber, erpLineId, partNumber, supplierPartNumber, description, strip(quantity), unit,
                    strip(unitPrice), strip(priceUnit), requestedDate,
                    schedule.stream().map(entry -> new Schedule(strip(entry.quantity()), entry.date())).toList());
        }

        private static BigDecimal strip(BigDecimal value) {
            return value == null ? null : value.stripTrailingZeros();
        }
    }

    /** A scheduled partial delivery the buyer asks for: this quantity on this date. */
    public record Schedule(BigDecimal quantity, LocalDate date) {
    }

    /**
     * The hash of what the supplier sees of this document: the one the portal keeps for an order's current revision.
     * Two documents have the same fingerprint exactly when taking in one after the other changes nothing (the ERP's
     * version marker and the written form of numbers do not count).
     */
    public String fingerprint() {
        return OrderDocuments.fingerprint(OrderDocuments.toJson(content()));
    }

    OrderDocument withErpRevision(long marker) {
        return new OrderDocument(sourceSystem, erpId, number, marker, supplierPartyCode, buyerName, buyerEmail, currency,
                paymentTerms, incoterms, shipTo, orderDate, lines);
    }

    /**
     * The same document without the ERP's version marker and with numbers in one form (10 and 10.00 are the same
     * quantity): what the supplier sees, for change detection.
     */
    OrderDocument content() {
        return new OrderDocument(sourceSystem, erpId, number, 0, supplierPartyCode, buyerName, buyerEmail,
                currency.toUpperCase(java.util.Locale.ROOT), paymentTerms, incoterms, shipTo, orderDate,
                lines.stream().sorted(java.util.Comparator.comparingInt(Line::lineNumber)).map(Line::normalized).toList());
    }
}
