package org.supplierportal.b2b.edifact;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

import org.supplierportal.b2b.OrderChange;
import org.supplierportal.order.OrderDocument;

/**
 * A revised order as an EDIFACT ORDCHG (D.96A or D.01B, EANCOM-style subset): BGM 230 numbered PO number and revision,
 * with message function 4 (change), or 1 (cancellation) when the ERP cancelled the whole order; DTM 137 (this change),
 * RFF ON with DTM 171 (the order it changes, and that order's date); the parties and CUX as in ORDERS; then one LIN per
 * changed line with its action (1229: 1 added, 2 deleted, 3 changed) followed by the line's new values as in ORDERS, a
 * deleted line by its part numbers only; UNS and CNT (the changed lines). A revision that changed the header alone is
 * the header as it is now with no LIN group, then UNS (mandatory) and no CNT (which would count no line). Pure.
 */
final class OrdchgMapping {

    /** What the ORDCHG carries at header level: DTM 171 (the order's date), CTA/COM of NAD BY, NAD DP and CUX. */
    static final Set<OrderChange.HeaderField> HEADER = EnumSet.of(OrderChange.HeaderField.ORDER_DATE,
            OrderChange.HeaderField.CURRENCY, OrderChange.HeaderField.BUYER_CONTACT, OrderChange.HeaderField.SHIP_TO);

    private OrdchgMapping() {
    }

    /**
     * @param directory D96A or D01B, the partner's directory
     * @throws IllegalArgumentException when a line's unit has no UN/ECE code the portal knows, naming the line
     */
    static String write(OrderChange change, int revision, EdifactParties parties, String controlReference,
                        String directory, boolean test, LocalDateTime now) {
        OrderDocument order = change.after();
        EdifactWriter edifact = EdifactWriter.start(parties, controlReference, test, now,
                "ORDCHG", directory.substring(0, 1), directory.substring(1), "UN");
        edifact.segment("BGM", "230", EdifactWriter.text(order.number() + "-" + revision, 35), change.cancelsOrder() ? "1" : "4");
        edifact.segment("DTM", OrdersMapping.date("137", now.toLocalDate()));
        edifact.segment("RFF", (Object) new String[] {"ON", EdifactWriter.text(order.number(), 35)});
        edifact.segment("DTM", OrdersMapping.date("171", order.orderDate()));
        OrdersMapping.parties(edifact, order, parties);
        for (OrderChange.Line line : change.lines()) {
            OrderDocument.Line values = line.values();
            edifact.segment("LIN", Integer.toString(line.lineNumber()), action(line.kind()));
            if (line.kind() == OrderChange.Kind.DELETED) {
                edifact.segment("PIA", "5", new String[] {EdifactWriter.text(values.partNumber(), 35), "IN"});
            } else {
                OrdersMapping.lineDetails(edifact, values, OrdersMapping.unit(values.unit(), order.number(), line.lineNumber()));
            }
        }
        edifact.segment("UNS", "S");
        if (!change.lines().isEmpty()) {
            edifact.segment("CNT", (Object) new String[] {"2", Integer.toString(change.lines().size())});
        }
        return edifact.finish(controlReference);
    }

    /** LIN 1229, action request: 1 added, 2 deleted, 3 changed. */
    static String action(OrderChange.Kind kind) {
        return switch (kind) {
            case ADDED -> "1";
            case DELETED -> "2";
            case QUANTITY_INCREASED, QUANTITY_DECREASED, PRICE_CHANGED, DATES_CHANGED, REPLACED -> "3";
        };
    }
}
