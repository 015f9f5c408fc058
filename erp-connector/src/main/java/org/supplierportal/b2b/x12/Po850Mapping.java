package org.supplierportal.b2b.x12;

import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.supplierportal.order.OrderDocument;

/**
 * A purchase order revision as an X12 850 (004010 or 005010): BEG with the PO number and date, CUR, the buyer as PER, the
 * ship-to as N1, per line PO1 (quantity, X12 unit, price per unit, buyer's and supplier's part numbers), PID
 * (description), DTM 002 (requested delivery) and SCH for scheduled deliveries, then CTT. Pure.
 */
final class Po850Mapping {

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    /** The portal's units in X12 code list 355; a unit not listed here cannot go out as X12. */
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("PCS", "EA"), Map.entry("PC", "EA"), Map.entry("EA", "EA"), Map.entry("EACH", "EA"),
            Map.entry("KG", "KG"), Map.entry("G", "GR"), Map.entry("T", "TN"), Map.entry("M", "MR"),
            Map.entry("MM", "MM"), Map.entry("M2", "SM"), Map.entry("L", "LT"), Map.entry("BOX", "BX"),
            Map.entry("SET", "SE"), Map.entry("PAIR", "PR"), Map.entry("ROLL", "RL"));

    private Po850Mapping() {
    }

    static String write(OrderDocument order, X12Parties parties, long interchangeControl, long groupControl, boolean test,
                        LocalDateTime now) {
        return write(order, parties, X12Writer.VERSION_4010, interchangeControl, groupControl, test, now);
    }

    /** @param version the partner's X12 version, 004010 or 005010: the envelope's; the 850's content is the same */
    static String write(OrderDocument order, X12Parties parties, String version, long interchangeControl, long groupControl,
                        boolean test, LocalDateTime now) {
        X12Writer x12 = X12Writer.start(parties, interchangeControl, groupControl, "PO", "850", version, "", test, now);
        x12.segment("BEG", "00", "SA", X12Writer.text(order.number(), 22), "", CCYYMMDD.format(order.orderDate()));
        header(x12, order);
        for (OrderDocument.Line line : order.lines()) {
            String unit = unit(line.unit(), order.number(), line.lineNumber());
            x12.segment("PO1", Integer.toString(line.lineNumber()), line.quantity().stripTrailingZeros().toPlainString(), unit,
                    each(line), "PE", "BP", X12Writer.text(line.partNumber(), 48), supplierPartQualifier(line),
                    X12Writer.text(line.supplierPartNumber(), 48));
            lineDetails(x12, line, unit);
        }
        x12.segment("CTT", Integer.toString(order.lines().size()));
        return x12.finish(interchangeControl, groupControl);
    }

    /** What follows the 850's BEG (or the 860's BCH): CUR, the buyer as PER and the ship-to as N1. */
    static void header(X12Writer x12, OrderDocument order) {
        x12.segment("CUR", "BY", order.currency());
        if (order.buyerName() != null && !order.buyerName().isBlank()) {
            x12.segment("PER", "BD", X12Writer.text(order.buyerName(), 60),
                    order.buyerEmail() == null || order.buyerEmail().isBlank() ? "" : "EM",
                    X12Writer.text(order.buyerEmail(), 80));
        }
        if (order.shipTo() != null && !order.shipTo().isBlank()) {
            x12.segment("N1", "ST", X12Writer.text(order.shipTo(), 60));
        }
    }

    /** The price per unit, as PO1-04 and POC-06 carry it (basis PE). */
    static String each(OrderDocument.Line line) {
        return line.unitPrice().divide(line.priceUnit(), Math.max(line.unitPrice().scale(), 4), RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    static String supplierPartQualifier(OrderDocument.Line line) {
        return line.supplierPartNumber() == null || line.supplierPartNumber().isBlank() ? "" : "VP";
    }

    /** What follows a line's PO1 (or an 860's POC): PID (description), DTM 002 (requested delivery) and SCH. */
    static void lineDetails(X12Writer x12, OrderDocument.Line line, String unit) {
        if (line.description() != null && !line.description().isBlank()) {
            x12.segment("PID", "F", "", "", "", X12Writer.text(line.description(), 80));
        }
        x12.segment("DTM", "002", CCYYMMDD.format(line.requestedDate()));
        for (OrderDocument.Schedule schedule : line.schedule()) {
            x12.segment("SCH", schedule.quantity().stripTrailingZeros().toPlainString(), unit, "", "", "002",
                    CCYYMMDD.format(schedule.date()));
        }
    }

    static String unit(String unit, String orderNumber, int lineNumber) {
        String code = UNITS.get(unit.strip().toUpperCase(Locale.ROOT));
        if (code == null) {
            throw new IllegalArgumentException("PO " + orderNumber + " line " + lineNumber + ": the unit '" + unit
                    + "' has no X12 unit code the portal knows (pcs, kg, g, t, m, mm, m2, l, box, set, pair, roll)");
        }
        return code;
    }
}
