package org.supplierportal.b2b.x12;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Set;

import org.supplierportal.b2b.OrderChange;
import org.supplierportal.order.OrderDocument;

/**
 * A revised order as an X12 860 Purchase Order Change Request (004010): BCH with purpose 04 (change), or 01
 * (cancellation) when the ERP cancelled the whole order, the PO number, the revision as change order sequence number
 * and the PO date; CUR, PER and N1 ST as in the 850; then one POC per changed line with its change code and the
 * line's new values (quantity, X12 unit, price per unit, part numbers), followed like an 850 line by PID, DTM 002 and
 * SCH; a deleted line is its POC alone. CTT counts the POCs. A revision that changed the header alone is a BCH 04 with
 * the header as it is now and no POC loop (and no CTT, which counts POCs): the 860 allows both to be left out. Pure.
 */
final class PoChange860Mapping {

    /** What the 860 carries at header level: BCH06 (PO date), CUR, PER BD and N1 ST. */
    static final Set<OrderChange.HeaderField> HEADER = EnumSet.of(OrderChange.HeaderField.ORDER_DATE,
            OrderChange.HeaderField.CURRENCY, OrderChange.HeaderField.BUYER_CONTACT, OrderChange.HeaderField.SHIP_TO);

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private PoChange860Mapping() {
    }

    /** @throws IllegalArgumentException when a line's unit has no X12 code the portal knows, naming the line */
    static String write(OrderChange change, int revision, X12Parties parties, long interchangeControl, long groupControl,
                        boolean test, LocalDateTime now) {
        return write(change, revision, parties, X12Writer.VERSION_4010, interchangeControl, groupControl, test, now);
    }

    /** @param version the partner's X12 version, 004010 or 005010: the envelope's; the 860's content is the same */
    static String write(OrderChange change, int revision, X12Parties parties, String version, long interchangeControl,
                        long groupControl, boolean test, LocalDateTime now) {
        OrderDocument order = change.after();
        X12Writer x12 = X12Writer.start(parties, interchangeControl, groupControl, "PC", "860", version, "", test, now);
        x12.segment("BCH", change.cancelsOrder() ? "01" : "04", "SA", X12Writer.text(order.number(), 22), "",
                Integer.toString(revision), CCYYMMDD.format(order.orderDate()));
        Po850Mapping.header(x12, order);
        for (OrderChange.Line line : change.lines()) {
            OrderDocument.Line values = line.values();
            String code = changeCode(line.kind());
            if (line.kind() == OrderChange.Kind.DELETED) {
                x12.segment("POC", Integer.toString(line.lineNumber()), code, "", "", "", "", "", "BP",
                        X12Writer.text(values.partNumber(), 48), Po850Mapping.supplierPartQualifier(values),
                        X12Writer.text(values.supplierPartNumber(), 48));
                continue;
            }
            String unit = Po850Mapping.unit(values.unit(), order.number(), line.lineNumber());
            x12.segment("POC", Integer.toString(line.lineNumber()), code, values.quantity().stripTrailingZeros().toPlainString(),
                    "", unit, Po850Mapping.each(values), "PE", "BP", X12Writer.text(values.partNumber(), 48),
                    Po850Mapping.supplierPartQualifier(values), X12Writer.text(values.supplierPartNumber(), 48));
            Po850Mapping.lineDetails(x12, values, unit);
        }
        if (!change.lines().isEmpty()) {
            x12.segment("CTT", Integer.toString(change.lines().size()));
        }
        return x12.finish(interchangeControl, groupControl);
    }

    /** POC-02, X12 element 670: what happened to the line. */
    static String changeCode(OrderChange.Kind kind) {
        return switch (kind) {
            case ADDED -> "AI";
            case DELETED -> "DI";
            case QUANTITY_INCREASED -> "QI";
            case QUANTITY_DECREASED -> "QD";
            case PRICE_CHANGED -> "PC";
            case DATES_CHANGED -> "CT";
            case REPLACED -> "RZ";
        };
    }
}
