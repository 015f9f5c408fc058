package org.supplierportal.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What both sides agreed on for a line: the quantities on their dates and the unit price (per the line's price
 * unit). These are the values the ERP gets.
 */
public record Commitment(List<Delivery> deliveries, BigDecimal unitPrice) {

    public record Delivery(BigDecimal quantity, LocalDate date) {

        public Delivery {
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(date, "date");
        }
    }

    public Commitment {
        deliveries = List.copyOf(deliveries);
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (deliveries.isEmpty()) {
            throw new IllegalArgumentException("a commitment has at least one delivery");
        }
    }

    public BigDecimal totalQuantity() {
        return deliveries.stream().map(Delivery::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public LocalDate lastDate() {
        return deliveries.stream().map(Delivery::date).max(LocalDate::compareTo).orElseThrow();
    }
}
