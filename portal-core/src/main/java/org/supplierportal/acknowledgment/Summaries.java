package org.supplierportal.acknowledgment;

import java.math.BigDecimal;
import java.util.List;

import org.supplierportal.order.Commitment;
import org.supplierportal.order.OrderLineView;
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
        return ExplanationText.of(Explanation.of("summary.ordered", quantity(line.quantity(), line.unit()),
                line.requestedDate(), priceWords(line.unitPrice(), currency, line.priceUnit(), line.unit())));
    }

    static String answered(SupplierAnswer answer, OrderLineView line, String currency, String rejectReason) {
        return ExplanationText.of(switch (answer.decision()) {
            case ACCEPT -> Explanation.of("summary.accepted");
            case REJECT -> Explanation.of("summary.rejected", String.valueOf(rejectReason));
            case PROPOSE -> Explanation.of("summary.proposed", deliveries(answer.deliveries().stream()
                            .map(delivery -> new Commitment.Delivery(delivery.quantity(), delivery.date())).toList(),
                    answer.unit() == null ? line.unit() : answer.unit()),
                    priceWords(answer.unitPrice() == null ? line.unitPrice() : answer.unitPrice(),
                            answer.currency() == null ? currency : answer.currency(), line.priceUnit(), line.unit()));
        });
    }

    /** The supplier's reason for rejecting the buyer's counter-proposal, as they wrote it. */
    static String counterRejected(String reason) {
        return ExplanationText.of(Explanation.of("summary.counterRejected", reason));
    }

    /** Each delivery after the other: the first, then (summary.deliveries.more) the rest. */
    private static Explanation deliveries(List<Commitment.Delivery> deliveries, String unit) {
        Explanation words = delivery(deliveries.getLast(), unit);
        for (int index = deliveries.size() - 2; index >= 0; index--) {
            words = Explanation.of("summary.deliveries.more", delivery(deliveries.get(index), unit), words);
        }
        return words;
    }

    private static Explanation delivery(Commitment.Delivery delivery, String unit) {
        return Explanation.of("summary.delivery", quantity(delivery.quantity(), unit), delivery.date());
    }

    /** A price in English, for the notes to the supplier that are English still. */
    static String price(BigDecimal price, String currency, BigDecimal priceUnit, String unit) {
        return priceWords(price, currency, priceUnit, unit).english();
    }

    private static Explanation priceWords(BigDecimal price, String currency, BigDecimal priceUnit, String unit) {
        return priceUnit.compareTo(BigDecimal.ONE) == 0 ? Explanation.of("summary.price", price, currency)
                : Explanation.of("summary.price.perPriceUnit", price, currency, quantity(priceUnit, unit));
    }

    private static Explanation quantity(BigDecimal quantity, String unit) {
        return unit == null || unit.isEmpty() ? Explanation.of("inbox.quantity.noUnit", quantity)
                : Explanation.of("inbox.quantity", quantity, unit);
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
