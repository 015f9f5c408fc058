package org.supplierportal.b2b.edifact;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.supplierportal.order.OrderDocument;

/**
 * A purchase order revision as an EDIFACT ORDERS (D.96A or D.01B, EANCOM-style subset): BGM 220 with the PO number,
 * DTM 137, NAD BY and SU with the UNB identifications (CTA/COM for the buyer, NAD DP for the ship-to), CUX; per line
 * LIN with the PO line number, PIA (buyer's IN and supplier's SA part numbers), IMD, QTY 21 with the UN/ECE unit, DTM 2
 * (requested delivery), PRI AAA per price unit and an SCC schedule for scheduled deliveries; then UNS and CNT. Pure.
 */
final class OrdersMapping {

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    /** The portal's units in UN/ECE Recommendation 20 (PCE as EANCOM writes pieces); others cannot go out. */
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("PCS", "PCE"), Map.entry("PC", "PCE"), Map.entry("EA", "PCE"), Map.entry("EACH", "PCE"),
            Map.entry("KG", "KGM"), Map.entry("G", "GRM"), Map.entry("T", "TNE"), Map.entry("M", "MTR"),
            Map.entry("MM", "MMT"), Map.entry("M2", "MTK"), Map.entry("L", "LTR"), Map.entry("BOX", "BX"),
            Map.entry("SET", "SET"), Map.entry("PAIR", "PR"), Map.entry("ROLL", "RO"));

    private OrdersMapping() {
    }

    /**
     * @param directory D96A or D01B, the partner's directory
     * @throws IllegalArgumentException when a line's unit has no UN/ECE code the portal knows, naming the line
     */
    static String write(OrderDocument order, EdifactParties parties, String controlReference, String directory,
                        boolean test, LocalDateTime now) {
        EdifactWriter edifact = EdifactWriter.start(parties, controlReference, test, now,
                "ORDERS", directory.substring(0, 1), directory.substring(1), "UN");
        edifact.segment("BGM", "220", EdifactWriter.text(order.number(), 35), "9");
        edifact.segment("DTM", date("137", order.orderDate()));
        parties(edifact, order, parties);
        for (OrderDocument.Line line : order.lines()) {
            line(edifact, line, unit(line.unit(), order.number(), line.lineNumber()));
        }
        edifact.segment("UNS", "S");
        edifact.segment("CNT", (Object) new String[] {"2", Integer.toString(order.lines().size())});
        return edifact.finish(controlReference);
    }

    /** NAD BY (with the buyer as CTA/COM), NAD SU, NAD DP (the ship-to) and CUX: what follows the dates in ORDERS and ORDCHG. */
    static void parties(EdifactWriter edifact, OrderDocument order, EdifactParties parties) {
        edifact.segment("NAD", "BY", party(parties.senderId(), parties.senderQualifier()));
        if (order.buyerName() != null && !order.buyerName().isBlank()) {
            edifact.segment("CTA", "OC", new String[] {"", EdifactWriter.text(order.buyerName(), 35)});
            if (order.buyerEmail() != null && !order.buyerEmail().isBlank()) {
                edifact.segment("COM", (Object) new String[] {EdifactWriter.text(order.buyerEmail(), 512), "EM"});
            }
        }
        edifact.segment("NAD", "SU", party(parties.recipientId(), parties.recipientQualifier()));
        if (order.shipTo() != null && !order.shipTo().isBlank()) {
            edifact.segment("NAD", "DP", "", "", new String[] {EdifactWriter.text(order.shipTo(), 35)});
        }
        edifact.segment("CUX", (Object) new String[] {"2", order.currency(), "9"});
    }

    private static void line(EdifactWriter edifact, OrderDocument.Line line, String unit) {
        edifact.segment("LIN", Integer.toString(line.lineNumber()));
        lineDetails(edifact, line, unit);
    }

    /** What follows a line's LIN in ORDERS and ORDCHG: PIA, IMD, QTY 21, DTM 2, PRI AAA and the SCC schedule. */
    static void lineDetails(EdifactWriter edifact, OrderDocument.Line line, String unit) {
        edifact.segment("PIA", "5", new String[] {EdifactWriter.text(line.partNumber(), 35), "IN"});
        if (line.supplierPartNumber() != null && !line.supplierPartNumber().isBlank()) {
            edifact.segment("PIA", "5", new String[] {EdifactWriter.text(line.supplierPartNumber(), 35), "SA"});
        }
        if (line.description() != null && !line.description().isBlank()) {
            String description = EdifactWriter.text(line.description(), 70);
            String rest = description.length() > 35 ? description.substring(35).strip() : "";
            edifact.segment("IMD", "F", "", new String[] {"", "", "", description.substring(0, Math.min(35, description.length())), rest});
        }
        edifact.segment("QTY", (Object) new String[] {"21", decimal(line.quantity()), unit});
        edifact.segment("DTM", date("2", line.requestedDate()));
        edifact.segment("PRI", (Object) new String[] {"AAA", decimal(line.unitPrice()), "", "", decimal(line.priceUnit()), unit});
        for (OrderDocument.Schedule schedule : line.schedule()) {
            edifact.segment("SCC", "1");
            edifact.segment("QTY", (Object) new String[] {"21", decimal(schedule.quantity()), unit});
            edifact.segment("DTM", date("2", schedule.date()));
        }
    }

    static String unit(String unit, String orderNumber, int lineNumber) {
        String code = UNITS.get(unit.strip().toUpperCase(Locale.ROOT));
        if (code == null) {
            throw new IllegalArgumentException("PO " + orderNumber + " line " + lineNumber + ": the unit '" + unit
                    + "' has no UN/ECE unit code the portal knows (pcs, kg, g, t, m, mm, m2, l, box, set, pair, roll)");
        }
        return code;
    }

    /** NAD C082: the UNB identification, code list 9 (EAN) when its qualifier is 14 (EAN), otherwise mutually defined. */
    private static String[] party(String id, String qualifier) {
        return new String[] {id, "", "14".equals(qualifier) ? "9" : "ZZZ"};
    }

    static Object date(String qualifier, LocalDate date) {
        return new String[] {qualifier, CCYYMMDD.format(date), "102"};
    }

    private static String decimal(java.math.BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
