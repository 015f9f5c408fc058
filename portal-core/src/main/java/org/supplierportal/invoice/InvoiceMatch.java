package org.supplierportal.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.supplierportal.tolerance.Explanation;

/**
 * The portal's own check of an invoice against its order, as a buyer's matching clerk would do it: the price no
 * more than the price tolerance above what was agreed, the quantity no more than what was received. Pure; returns
 * the variances as keys of the rules bundle with their values (each reader words them in their language), none when
 * the invoice matches.
 */
public final class InvoiceMatch {

    /** What the order says about one line: agreed unit price (per price unit), received quantity. */
    public record OrderedLine(int lineNumber, String partNumber, BigDecimal agreedUnitPrice, BigDecimal priceUnit,
                              BigDecimal receivedQuantity, String unit, BigDecimal priceOverPercent) {
    }

    private InvoiceMatch() {
    }

    public static List<Explanation> variances(List<InvoiceDocument.Line> invoiced, Map<String, OrderedLine> orderLines,
                                              String currency) {
        List<Explanation> variances = new ArrayList<>();
        for (InvoiceDocument.Line line : invoiced) {
            OrderedLine ordered = orderLines.get(line.erpLineId());
            if (ordered == null) {
                variances.add(Explanation.of("invoice.reason.notOnOrder"));
                continue;
            }
            if (line.unitPrice() != null && ordered.agreedUnitPrice() != null) {
                // Invoices price per piece; orders may price per 100 or 1,000: compare and speak in the order's terms.
                BigDecimal priceUnit = ordered.priceUnit() == null || ordered.priceUnit().signum() == 0 ? BigDecimal.ONE : ordered.priceUnit();
                BigDecimal invoicedPerPriceUnit = line.unitPrice().multiply(priceUnit);
                BigDecimal limit = ordered.agreedUnitPrice().multiply(BigDecimal.ONE.add(ordered.priceOverPercent().movePointLeft(2)));
                if (invoicedPerPriceUnit.compareTo(limit) > 0) {
                    Explanation invoicedPrice = amount(invoicedPerPriceUnit.setScale(6, RoundingMode.HALF_UP), currency, priceUnit);
                    Explanation agreedPrice = amount(ordered.agreedUnitPrice(), currency, priceUnit);
                    String lineNumber = String.valueOf(ordered.lineNumber()); // a name, not a number to format
                    variances.add(ordered.priceOverPercent().signum() > 0
                            ? Explanation.of("invoice.reason.price.allowed", lineNumber, String.valueOf(ordered.partNumber()), invoicedPrice,
                            agreedPrice, plain(ordered.priceOverPercent()))
                            : Explanation.of("invoice.reason.price", lineNumber, String.valueOf(ordered.partNumber()), invoicedPrice, agreedPrice));
                }
            }
            if (line.quantity() != null && line.quantity().compareTo(ordered.receivedQuantity()) > 0) {
                variances.add(Explanation.of("invoice.reason.quantity", String.valueOf(ordered.lineNumber()),
                        String.valueOf(ordered.partNumber()), quantity(line.quantity(), ordered.unit()),
                        quantity(ordered.receivedQuantity(), ordered.unit())));
            }
        }
        return variances;
    }

    /** A price per the order's price unit, in the currency; the unit named when it is not 1 ("5 EUR per 100"). */
    private static Explanation amount(BigDecimal price, String currency, BigDecimal priceUnit) {
        return priceUnit.compareTo(BigDecimal.ONE) == 0 ? Explanation.of("invoice.amount", plain(price), String.valueOf(currency))
                : Explanation.of("invoice.amount.perPriceUnit", plain(price), String.valueOf(currency), plain(priceUnit));
    }

    private static Explanation quantity(BigDecimal value, String unit) {
        return unit == null || unit.isEmpty() ? Explanation.of("inbox.quantity.noUnit", plain(value))
                : Explanation.of("inbox.quantity", plain(value), unit);
    }

    private static BigDecimal plain(BigDecimal value) {
        return value.stripTrailingZeros();
    }
}
