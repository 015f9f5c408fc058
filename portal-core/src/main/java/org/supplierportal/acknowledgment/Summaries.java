package org.supplierportal.acknowledgment;

import java.math.BigDecimal;

import org.supplierportal.order.Commitment;
import org.supplierportal.order.OrderLineView;
import org.supplierportal.order.OrderWords;
import org.supplierportal.tolerance.Explanation;
import org.supplierportal.tolerance.ExplanationText;
import org.supplierportal.tolerance.SupplierAnswer;

/**
 * Ordered and proposed values for the buyer inbox, as keys of the rules bundle with their values
 * ({@link ExplanationText}), so each buyer reads them in their own language and the API in English. Pure.
 */
final class Summaries {

    private Summaries() {
    }

    static String ordered(OrderLineView line, String currency) {
        return ExplanationText.of(Explanation.of("summary.ordered", OrderWords.quantity(line.quantity(), line.unit()),
                line.requestedDate(), OrderWords.price(line.unitPrice(), currency, line.priceUnit(), line.unit())));
    }

    static String answered(SupplierAnswer answer, OrderLineView line, String currency, String rejectReason) {
        return ExplanationText.of(switch (answer.decision()) {
            case ACCEPT -> Explanation.of("summary.accepted");
            case REJECT -> Explanation.of("summary.rejected", String.valueOf(rejectReason));
            case PROPOSE -> Explanation.of("summary.proposed", OrderWords.deliveries(answer.deliveries().stream()
                            .map(delivery -> new Commitment.Delivery(delivery.quantity(), delivery.date())).toList(),
                    answer.unit() == null ? line.unit() : answer.unit()),
                    OrderWords.price(answer.unitPrice() == null ? line.unitPrice() : answer.unitPrice(),
                            answer.currency() == null ? currency : answer.currency(), line.priceUnit(), line.unit()));
        });
    }

    /** The supplier's reason for rejecting the buyer's counter-proposal, as they wrote it. */
    static String counterRejected(String reason) {
        return ExplanationText.of(Explanation.of("summary.counterRejected", reason));
    }

    /** A price in English, for the notes to the supplier that are English still. */
    static String price(BigDecimal price, String currency, BigDecimal priceUnit, String unit) {
        return OrderWords.price(price, currency, priceUnit, unit).english();
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
