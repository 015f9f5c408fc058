package org.supplierportal.shipment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Whether what arrived matches what an ASN line shipped, within the quantity tolerance. Pure. */
final class ReceiptCheck {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ReceiptCheck() {
    }

    /**
     * The tolerance limit (in %) the received quantity is beyond: the one under when less arrived, the one over when
     * more did; empty when the received quantity is within tolerance.
     */
    static Optional<BigDecimal> exceededLimit(BigDecimal shipped, BigDecimal received, BigDecimal underPercent,
                                              BigDecimal overPercent) {
        BigDecimal low = shipped.subtract(shipped.multiply(underPercent).divide(HUNDRED));
        BigDecimal high = shipped.add(shipped.multiply(overPercent).divide(HUNDRED));
        if (received.compareTo(low) < 0) {
            return Optional.of(underPercent);
        }
        if (received.compareTo(high) > 0) {
            return Optional.of(overPercent);
        }
        return Optional.empty();
    }

    /** The difference in English, as the business events and webhooks carry it (the inbox words it per reader). */
    static String english(BigDecimal shipped, BigDecimal received, BigDecimal limitPercent, String unit) {
        String u = unit == null ? "" : " " + unit;
        if (received.compareTo(shipped) < 0) {
            return "Received " + plain(received) + u + " of the " + plain(shipped) + u + " the ASN shipped: "
                    + plain(shipped.subtract(received)) + u + " short (" + percent(shipped.subtract(received), shipped)
                    + " %; the limit is " + plain(limitPercent) + " % under)";
        }
        return "Received " + plain(received) + u + ", more than the " + plain(shipped) + u + " the ASN shipped: "
                + plain(received.subtract(shipped)) + u + " over (" + percent(received.subtract(shipped), shipped)
                + " %; the limit is " + plain(limitPercent) + " % over)";
    }

    private static String percent(BigDecimal part, BigDecimal whole) {
        return plain(part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
