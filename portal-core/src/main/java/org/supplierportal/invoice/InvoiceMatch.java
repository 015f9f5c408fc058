package org.supplierportal.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The portal's own check of an invoice against its order, as a buyer's matching clerk would do it: the price no
 * more than the price tolerance above what was agreed, the quantity no more than what was received. Pure; returns
 * the variances in words, none when the invoice matches.
 */
public final class InvoiceMatch {

    /** What the order says about one line: agreed unit price (per price unit), received quantity. */
    public record OrderedLine(int lineNumber, String partNumber, BigDecimal agreedUnitPrice, BigDecimal priceUnit,
                              BigDecimal receivedQuantity, String unit, BigDecimal priceOverPercent) {
    }

    private InvoiceMatch() {
    }

    public static List<String> variances(List<InvoiceDocument.Line> invoiced, Map<String, OrderedLine> orderLines,
                                         String currency) {
        List<String> variances = new ArrayList<>();
        for (InvoiceDocument.Line line : invoiced) {
            OrderedLine ordered = orderLines.get(line.erpLineId());
            if (ordered == null) {
                variances.add("An invoiced line is not on the order.");
                continue;
            }
            if (line.unitPrice() != null && ordered.agreedUnitPrice() != null) {
                // Invoices price per piece; orders may price per 100 or 1,000: compare and speak in the order's terms.
                BigDecimal priceUnit = ordered.priceUnit() == null || ordered.priceUnit().signum() == 0 ? BigDecimal.ONE : ordered.priceUnit();
                BigDecimal invoicedPerPriceUnit = line.unitPrice().multiply(priceUnit);
                BigDecimal limit = ordered.agreedUnitPrice().multiply(BigDecimal.ONE.add(ordered.priceOverPercent().movePointLeft(2)));
                if (invoicedPerPriceUnit.compareTo(limit) > 0) {
                    String per = priceUnit.compareTo(BigDecimal.ONE) == 0 ? "" : " per " + plain(priceUnit);
                    variances.add("Price variance on line " + ordered.lineNumber() + " (" + ordered.partNumber() + "): invoiced "
                            + plain(invoicedPerPriceUnit.setScale(6, RoundingMode.HALF_UP)) + " " + currency + per + ", agreed "
                            + plain(ordered.agreedUnitPrice()) + " " + currency + per
                            + (ordered.priceOverPercent().signum() > 0 ? " (+" + plain(ordered.priceOverPercent()) + " % allowed)" : "") + ".");
                }
            }
            if (line.quantity() != null && line.quantity().compareTo(ordered.receivedQuantity()) > 0) {
                variances.add("Quantity variance on line " + ordered.lineNumber() + " (" + ordered.partNumber() + "): invoiced "
                        + plain(line.quantity()) + unit(ordered.unit()) + ", received " + plain(ordered.receivedQuantity())
                        + unit(ordered.unit()) + ".");
            }
        }
        return variances;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String unit(String unit) {
        return unit == null ? "" : " " + unit;
    }
}
