package org.supplierportal.order;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Stream;

/**
 * The order list as CSV (RFC 4180, comma separated, dates ISO 8601, numbers with a dot), for spreadsheets and
 * scripts. Columns: PO, Revision, Order date, Status, Buyer, Lines, Total, Currency, First requested date,
 * Acknowledge by.
 */
final class OrderCsv {

    static final List<String> COLUMNS = List.of("PO", "Revision", "Order date", "Status", "Buyer", "Lines", "Total",
            "Currency", "First requested date", "Acknowledge by");

    private OrderCsv() {
    }

    static void write(Stream<OrderSummary> orders, Writer out) throws IOException {
        out.write(String.join(",", COLUMNS));
        out.write("\r\n");
        for (OrderSummary order : (Iterable<OrderSummary>) orders::iterator) {
            out.write(String.join(",",
                    field(order.number()),
                    String.valueOf(order.revision()),
                    String.valueOf(order.orderDate()),
                    field(order.status().label()),
                    field(order.buyerName()),
                    String.valueOf(order.lineCount()),
                    order.totalAmount().stripTrailingZeros().toPlainString(),
                    order.currency(),
                    order.firstRequestedDate() == null ? "" : order.firstRequestedDate().toString(),
                    order.ackDueAt() == null || !order.status().awaitsSupplier() ? "" : order.ackDueAt().toString()));
            out.write("\r\n");
        }
        out.flush();
    }

    /** What a spreadsheet would start a formula with (OWASP's list for CSV injection). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /**
     * A text as a CSV field: a text a spreadsheet would run as a formula (a buyer name from the ERP starting with
     * {@code =}, say) gets a leading {@code '}, so it is shown, not run; quoted when it holds a comma, a quote or a
     * line break, with quotes inside doubled.
     */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (!value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
