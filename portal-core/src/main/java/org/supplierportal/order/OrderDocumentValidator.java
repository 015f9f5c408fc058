package org.supplierportal.order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks an inbound document before anything is stored. Pure. */
final class OrderDocumentValidator {

    private OrderDocumentValidator() {
    }

    /**
     * @param known whether the portal has the order already: then a document without lines is the ERP cancelling
     *              every line (the order is cancelled for the supplier); a new order needs lines
     */
    static List<String> problems(OrderDocument document, boolean known) {
        List<String> problems = new ArrayList<>();
        if (document.number().isBlank()) {
            problems.add("the order number is empty");
        }
        try {
            Currency.getInstance(document.currency().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("'" + document.currency() + "' is not an ISO currency code");
        }
        if (document.lines().isEmpty() && !known) {
            problems.add("the order has no lines");
        }
        Set<Integer> numbers = new HashSet<>();
        for (OrderDocument.Line line : document.lines()) {
            String where = "line " + line.lineNumber() + ": ";
            if (!numbers.add(line.lineNumber())) {
                problems.add(where + "the line number appears twice");
            }
            if (line.lineNumber() <= 0) {
                problems.add(where + "line numbers must be positive");
            }
            if (line.quantity().signum() <= 0) {
                problems.add(where + "the quantity must be more than zero, not " + line.quantity().toPlainString());
            }
            if (line.unitPrice().signum() < 0) {
                problems.add(where + "the unit price cannot be negative");
            }
            if (line.priceUnit().signum() <= 0) {
                problems.add(where + "the price unit must be more than zero");
            }
            if (line.partNumber().isBlank()) {
                problems.add(where + "the part number is empty");
            }
            BigDecimal scheduled = line.schedule().stream().map(OrderDocument.Schedule::quantity)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (!line.schedule().isEmpty() && scheduled.compareTo(line.quantity()) != 0) {
                problems.add(where + "the schedule lines add up to " + scheduled.toPlainString()
                        + ", not the line quantity " + line.quantity().toPlainString());
            }
        }
        return problems;
    }
}
