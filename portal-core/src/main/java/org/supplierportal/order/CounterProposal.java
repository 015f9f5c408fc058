package org.supplierportal.order;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A buyer's counter-proposal on a line: the quantity, date and price the buyer would agree to (null: unchanged). */
public record CounterProposal(BigDecimal quantity, LocalDate date, BigDecimal unitPrice) {
}
