package org.supplierportal.b2b.edifact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.order.OrderLineView;

/**
 * A changed ORDRSP line (LIN 1229 3 or 6) as the supplier's proposal: quantity from QTY+113 (or QTY+21), date from
 * DTM+69 (or DTM+2), price from PRI; two or more SCC schedules, each with QTY and DTM, split the line. Values equal
 * to the order's are no change. Pure.
 */
final class OrdrspLineChange {

    private OrdrspLineChange() {
    }

    static Optional<LineAnswer> proposal(int lineNumber, List<EdifactSegment> group, OrderLineView ordered,
                                         List<String> problems) {
        BigDecimal quantity = null;
        BigDecimal confirmedQuantity = null;
        LocalDate date = null;
        LocalDate promisedDate = null;
        BigDecimal price = null;
        List<LineAnswer.Delivery> deliveries = new ArrayList<>();
        BigDecimal scheduleQuantity = null;
        boolean inSchedule = false;
        int before = problems.size();
        for (EdifactSegment segment : group) {
            switch (segment.tag()) {
                case "SCC" -> {
                    inSchedule = true;
                    scheduleQuantity = null;
                }
                case "QTY" -> {
                    BigDecimal value = OrdrspMapping.decimal(segment.component(1, 2));
                    String qualifier = segment.component(1, 1);
                    if (inSchedule) {
                        scheduleQuantity = value;
                    } else if (qualifier.equals("113")) {
                        confirmedQuantity = value;
                    } else if (qualifier.equals("21")) {
                        quantity = value;
                    }
                }
                case "DTM" -> {
                    String qualifier = segment.component(1, 1);
                    if (inSchedule && scheduleQuantity != null) {
                        LocalDate when = OrdrspMapping.date(segment, lineNumber, problems);
                        if (when != null) {
                            deliveries.add(new LineAnswer.Delivery(scheduleQuantity, when));
                        }
                        scheduleQuantity = null;
                    } else if (!inSchedule && qualifier.equals("69")) {
                        promisedDate = OrdrspMapping.date(segment, lineNumber, problems);
                    } else if (!inSchedule && qualifier.equals("2")) {
                        date = OrdrspMapping.date(segment, lineNumber, problems);
                    }
                }
                case "PRI" -> {
                    BigDecimal value = OrdrspMapping.decimal(segment.component(1, 2));
                    if (value != null && price == null) {
                        price = OrdrspMapping.pricePerPriceUnit(value, OrdrspMapping.decimal(segment.component(1, 5)), ordered);
                    }
                }
                default -> {
                }
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        if (deliveries.size() > 1) {
            return Optional.of(LineAnswer.split(lineNumber, deliveries));
        }
        quantity = confirmedQuantity != null ? confirmedQuantity : quantity;
        date = promisedDate != null ? promisedDate : date;
        if (quantity != null && quantity.compareTo(ordered.quantity()) == 0) {
            quantity = null;
        }
        if (date != null && date.equals(ordered.requestedDate())) {
            date = null;
        }
        if (price != null && price.compareTo(ordered.unitPrice()) == 0) {
            price = null;
        }
        if (quantity == null && date == null && price == null) {
            problems.add("LIN line " + lineNumber + ": 1229 says the line changed, but no quantity (QTY+113), date"
                    + " (DTM+69) or price (PRI) differs from the order");
            return Optional.empty();
        }
        return Optional.of(LineAnswer.propose(lineNumber, quantity, date, price));
    }
}
