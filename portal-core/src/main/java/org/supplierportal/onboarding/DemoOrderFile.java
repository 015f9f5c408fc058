package org.supplierportal.onboarding;

import java.math.BigDecimal;
import java.util.List;

/**
 * A file of demo purchase orders for one supplier ({@code tenants/demo-orders/<tenant key>.yaml}). Dates are given
 * as days from the day the demo is seeded, so the demo always looks current.
 */
record DemoOrderFile(String acknowledgedBy, List<Order> orders) {

    /**
     * @param story what has happened to the order so far: {@code new}, {@code overdue}, {@code acknowledged},
     *              {@code changed} (acknowledged, then changed in the ERP) or {@code in-review} (acknowledged with
     *              a line outside tolerance, waiting for the buyer)
     */
    record Order(String number, String story, String buyer, String buyerEmail, String currency, String paymentTerms,
                 String incoterms, String shipTo, Integer orderedDaysAgo, List<Line> lines, List<Change> changes,
                 String proposeLateOnLine) {
    }

    record Line(int line, String part, String supplierPart, String description, BigDecimal quantity, String unit,
                BigDecimal price, BigDecimal priceUnit, int requestedInDays) {
    }

    /** For the {@code changed} story: what the ERP changes in revision 2. */
    record Change(int line, BigDecimal quantity, Integer requestedInDays) {
    }
}
