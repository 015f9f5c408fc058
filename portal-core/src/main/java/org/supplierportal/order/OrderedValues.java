package org.supplierportal.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/**
 * What the ERP ordered on a line, as it sent it: the part, the quantity in its unit, the price per price unit and the
 * requested date. Replaced as a whole when a revision changes the line; the answers live on the line beside it.
 */
@Embeddable
record OrderedValues(String erpLineId, String partNumber, String supplierPartNumber, String description,
                     BigDecimal quantity, String unit, BigDecimal unitPrice, BigDecimal priceUnit,
                     LocalDate requestedDate) {

    static OrderedValues of(OrderDocument.Line line) {
        return new OrderedValues(line.erpLineId(), line.partNumber(), line.supplierPartNumber(), line.description(),
                line.quantity(), line.unit(), line.unitPrice(), line.priceUnit(), line.requestedDate());
    }

    /** What the line is worth: the quantity at the price per price unit. */
    BigDecimal amount() {
        return quantity.multiply(unitPrice).divide(priceUnit, 4, RoundingMode.HALF_UP);
    }
}
