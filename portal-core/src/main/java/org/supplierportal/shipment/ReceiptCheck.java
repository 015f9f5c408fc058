package org.supplierportal.shipment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Whether what arrived matches what an ASN line shipped, within the quantity tolerance. Pure. */
final class ReceiptCheck {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ReceiptCheck() {
    }

    /** The difference in the buyer's words, or null when the received quantity is within tolerance. */
    static String difference(BigDecimal shipped, BigDecimal received, BigDecimal underPercent, BigDecimal overPercent,
                             String unit) {
        BigDecimal low = shipped.subtract(shipped.multiply(underPercent).divide(HUNDRED));
        BigDecimal high = shipped.add(shipped.multiply(overPercent).divide(HUNDRED));
        String u = unit == null ? "" : " " + unit;
        if (received.compareTo(low) < 0) {
            return "Received " + plain(received) + u + " of the " + plain(shipped) + u + " the ASN shipped: "
                    + plain(shipped.subtract(received)) + u + " short (" + percent(shipped.subtract(received), shipped)
                    + " %; the limit is " + plain(underPercent) + " % under)";
        }
        if (received.compareTo(high) > 0) {
            return "Received " + plain(received) + u + ", more than the " + plain(shipped) + u + " the ASN shipped: "
                    + plain(received.subtract(shipped)) + u + " over (" + percent(received.subtract(shipped), shipped)
                    + " %; the limit is " + plain(overPercent) + " % over)";
        }
        return null;
    }

    private static String percent(BigDecimal part, BigDecimal whole) {
        return plain(part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
