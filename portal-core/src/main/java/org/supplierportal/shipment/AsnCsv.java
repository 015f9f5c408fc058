package org.supplierportal.shipment;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.supplierportal.input.DecimalLimit;
import org.supplierportal.order.ShippableLine;
import org.supplierportal.tolerance.Explanation;

/**
 * ASN lines from a CSV file, for suppliers with many lines: every row checked, every bad row reported with its
 * number and what is wrong, and no line taken unless all rows are good. Pure, given the look-up of order lines.
 */
public final class AsnCsv {

    /** The columns, in order; the first row names them. */
    public static final List<String> COLUMNS = List.of("po_number", "line", "quantity", "lot", "serial_numbers");

    /** A file to start from: the header and one example row. */
    public static final String TEMPLATE = String.join(",", COLUMNS) + "\n4500017001,10,500,LOT-2026-11,\n";

    private AsnCsv() {
    }

    /**
     * One problem of the file.
     *
     * @param row          the row number as a spreadsheet shows it (1 = the header; 0 = the whole file)
     * @param message      the problem in English (the API's words)
     * @param translatable the same as a key of the rules bundle, for a screen in the reader's language
     */
    public record RowProblem(int row, String message, Explanation translatable) {

        static RowProblem of(int row, String key, Object... arguments) {
            Explanation explanation = Explanation.of(key, arguments);
            return new RowProblem(row, explanation.english(), explanation);
        }

        /** The problem with its row, as a key of the rules bundle: what {@link #toString()} says, in any language. */
        public Explanation withRow() {
            return row == 0 ? translatable : Explanation.of("asn.csvProblem.row", row, translatable);
        }

        @Override
        public String toString() {
            return row == 0 ? message : "Row " + row + ": " + message;
        }
    }

    /** The lines read, or the problems found (then no lines). */
    public record Result(List<AsnDraft.Line> lines, List<RowProblem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /**
     * @param orderLine finds the supplier's order line by PO number and line number
     */
    public static Result read(String csv, BiFunction<String, Integer, Optional<ShippableLine>> orderLine) {
        List<RowProblem> problems = new ArrayList<>();
        List<AsnDraft.Line> lines = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(stripBom(csv)), format)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                return new Result(List.of(), List.of(RowProblem.of(0, "asn.csvProblem.empty", String.join(",", COLUMNS))));
            }
            List<String> header = records.getFirst().stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
            if (!header.equals(COLUMNS)) {
                return new Result(List.of(), List.of(RowProblem.of(1, "asn.csvProblem.columns", String.join(",", COLUMNS),
                        String.join(",", records.getFirst().toList()))));
            }
            if (records.size() == 1) {
                problems.add(RowProblem.of(0, "asn.csvProblem.noRows"));
            }
            for (int i = 1; i < records.size(); i++) {
                readRow(records.get(i), i + 1, orderLine, lines, problems);
            }
        } catch (IOException | RuntimeException unreadable) {
            return new Result(List.of(), List.of(RowProblem.of(0, "asn.csvProblem.unreadable", unreadable.getMessage())));
        }
        return problems.isEmpty() ? new Result(lines, List.of()) : new Result(List.of(), problems);
    }

    private static void readRow(CSVRecord record, int row, BiFunction<String, Integer, Optional<ShippableLine>> orderLine,
                                List<AsnDraft.Line> lines, List<RowProblem> problems) {
        if (record.size() != COLUMNS.size()) {
            problems.add(RowProblem.of(row, "asn.csvProblem.columnCount", record.size(), COLUMNS.size()));
            return;
        }
        int before = problems.size();
        String number = record.get(0);
        Integer lineNumber = parseInteger(record.get(1));
        BigDecimal quantity = parseDecimal(record.get(2));
        if (number.isEmpty()) {
            problems.add(RowProblem.of(row, "asn.csvProblem.noPoNumber"));
        }
        if (lineNumber == null) {
            problems.add(RowProblem.of(row, "asn.csvProblem.lineNumber", shown(record.get(1))));
        }
        if (quantity == null || quantity.signum() <= 0) {
            problems.add(RowProblem.of(row, "asn.csvProblem.quantity", shown(record.get(2))));
        } else if (!DecimalLimit.SHIPPED_QUANTITY.fits(quantity)) {
            problems.add(RowProblem.of(row, "asn.csvProblem.quantityLimit", DecimalLimit.SHIPPED_QUANTITY.translatable(quantity)));
        }
        if (problems.size() > before) {
            return;
        }
        Optional<ShippableLine> found = orderLine.apply(number, lineNumber);
        if (found.isEmpty()) {
            problems.add(RowProblem.of(row, "asn.csvProblem.notYourLine", number, String.valueOf(lineNumber)));
            return;
        }
        List<String> serials = record.get(4).isEmpty() ? List.of() : Arrays.stream(record.get(4).split("[;\\s]+"))
                .filter(serial -> !serial.isEmpty()).toList();
        if (looksLikeAFormula(record.get(3)) || serials.stream().anyMatch(AsnCsv::looksLikeAFormula)) {
            // Kept, such a cell would run as a formula in the spreadsheet of whoever exports it later.
            problems.add(RowProblem.of(row, "asn.csvProblem.formula",
                    looksLikeAFormula(record.get(3)) ? "lot" : "serial_numbers"));
            return;
        }
        lines.add(new AsnDraft.Line(found.get().orderId().value(), lineNumber, quantity, record.get(3), serials));
    }

    /** A cell a spreadsheet would run as a formula (OWASP's list of leading characters). */
    static boolean looksLikeAFormula(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
    }

    /** A cell as quoted back in a message: enough to find it, never a whole megabyte. */
    private static String shown(String cell) {
        return cell.length() <= 20 ? cell : cell.substring(0, 20) + "…";
    }

    private static Integer parseInteger(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static BigDecimal parseDecimal(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** For messages: the problems, one per line. */
    public static String report(List<RowProblem> problems) {
        return String.join("\n", problems.stream().map(RowProblem::toString).toList());
    }
}
