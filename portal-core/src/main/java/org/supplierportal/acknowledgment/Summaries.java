package org.supplierportal.acknowledgment;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.supplierportal.order.Commitment;
import org.supplierportal.order.OrderLineView;
import org.supplierportal.tolerance.SupplierAnswer;

/** Ordered and proposed values in words, for the buyer inbox and the audit trail. */
final class Summaries {

    private Summaries() {
    }

    static String ordered(OrderLineView line, String currency) {
        return plain(line.quantity()) + " " + line.unit() + " on " + line.requestedDate() + " at "
                + price(line.unitPrice(), currency, line.priceUnit(), line.unit());
    }

    static String answered(SupplierAnswer answer, OrderLineView line, String currency, String rejectReason) {
        return switch (answer.decision()) {
            case ACCEPT -> "Accepted as ordered";
            case REJECT -> "Rejected: " + rejectReason;
            case PROPOSE -> deliveries(answer.deliveries().stream()
                    .map(delivery -> new Commitment.Delivery(delivery.quantity(), delivery.date())).toList(),
                    answer.unit() == null ? line.unit() : answer.unit())
                    + " at " + price(answer.unitPrice() == null ? line.unitPrice() : answer.unitPrice(),
                    answer.currency() == null ? currency : answer.currency(), line.priceUnit(), line.unit());
        };
    }

    static String deliveries(List<Commitment.Delivery> deliveries, String unit) {
        return deliveries.stream().map(delivery -> plain(delivery.quantity()) + " " + unit + " on " + delivery.date())
                .collect(Collectors.joining(" + "));
    }

    static String price(BigDecimal price, String currency, BigDecimal priceUnit, String unit) {
        String per = priceUnit.compareTo(BigDecimal.ONE) == 0 ? "" : " per " + plain(priceUnit) + " " + unit;
        return plain(price) + " " + currency + per;
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
