package org.supplierportal.order;

import java.math.BigDecimal;
import java.util.List;

import org.supplierportal.tolerance.Explanation;

/**
 * The words of an order's values, as keys of the rules bundle with their values, for the texts that say them (the
 * inbox's summaries, the order's history): a quantity with its unit, a price with its currency and price unit, the
 * deliveries of a commitment one after the other. Each reader then reads them in their own language. Pure.
 */
public final class OrderWords {

    private OrderWords() {
    }

    public static Explanation quantity(BigDecimal quantity, String unit) {
        return unit == null || unit.isEmpty() ? Explanation.of("inbox.quantity.noUnit", quantity)
                : Explanation.of("inbox.quantity", quantity, unit);
    }

    public static Explanation price(BigDecimal price, String currency, BigDecimal priceUnit, String unit) {
        return priceUnit.compareTo(BigDecimal.ONE) == 0 ? Explanation.of("summary.price", price, currency)
                : Explanation.of("summary.price.perPriceUnit", price, currency, quantity(priceUnit, unit));
    }

    /** Each delivery after the other: the first, then (summary.deliveries.more) the rest. */
    public static Explanation deliveries(List<Commitment.Delivery> deliveries, String unit) {
        Explanation words = delivery(deliveries.getLast(), unit);
        for (int index = deliveries.size() - 2; index >= 0; index--) {
            words = Explanation.of("summary.deliveries.more", delivery(deliveries.get(index), unit), words);
        }
        return words;
    }

    private static Explanation delivery(Commitment.Delivery delivery, String unit) {
        return Explanation.of("summary.delivery", quantity(delivery.quantity(), unit), delivery.date());
    }
}
