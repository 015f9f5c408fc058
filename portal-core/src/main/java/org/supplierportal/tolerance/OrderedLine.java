package org.supplierportal.tolerance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** What the buyer ordered on a line, as the rules see it. The unit price is per the line's price unit. */
public record OrderedLine(BigDecimal quantity, String unit, BigDecimal unitPrice, String currency, LocalDate requestedDate) {

    public OrderedLine {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(requestedDate, "requestedDate");
    }
}
