package org.supplierportal.tolerance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A supplier's answer to one line: accept it as ordered, reject it, or propose other values, possibly split into
 * several deliveries (quantities on dates) whose sum may differ from the ordered quantity.
 */
public record SupplierAnswer(Decision decision, List<Delivery> deliveries, String unit, BigDecimal unitPrice,
                             String currency) {

    public enum Decision { ACCEPT, PROPOSE, REJECT }

    public record Delivery(BigDecimal quantity, LocalDate date) {

        public Delivery {
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(date, "date");
        }
    }

    public SupplierAnswer {
        Objects.requireNonNull(decision, "decision");
        deliveries = deliveries == null ? List.of() : List.copyOf(deliveries);
        if (decision == Decision.PROPOSE && deliveries.isEmpty()) {
            throw new IllegalArgumentException("a proposal needs at least one delivery");
        }
    }

    public static SupplierAnswer accept() {
        return new SupplierAnswer(Decision.ACCEPT, List.of(), null, null, null);
    }

    public static SupplierAnswer reject() {
        return new SupplierAnswer(Decision.REJECT, List.of(), null, null, null);
    }

    public BigDecimal totalQuantity() {
        return deliveries.stream().map(Delivery::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
