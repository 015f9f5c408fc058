package org.supplierportal.b2b.cxml;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.supplierportal.b2b.OrderChange;
import org.supplierportal.order.OrderDocument;
import org.supplierportal.tenant.CxmlCredential;
import org.w3c.dom.Element;

/**
 * A purchase order revision as a cXML OrderRequest (type new, or update and delete for a revision): the header with the PO number, date and total, the
 * ship-to, the buyer as Contact, then per line an ItemOut (quantity, requested delivery date, supplier's and buyer's
 * part numbers, unit price per unit, UN/CEFACT unit of measure, description). Pure.
 */
final class OrderRequestMapping {

    /** What an update carries at header level besides the lines: orderDate, Total's currency, ShipTo and Contact. */
    static final Set<OrderChange.HeaderField> HEADER = EnumSet.of(OrderChange.HeaderField.ORDER_DATE,
            OrderChange.HeaderField.CURRENCY, OrderChange.HeaderField.BUYER_CONTACT, OrderChange.HeaderField.SHIP_TO);

    /** The portal's units as UN/CEFACT Rec. 20 codes, which cXML's UnitOfMeasure carries. */
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("PCS", "EA"), Map.entry("PC", "EA"), Map.entry("EA", "EA"), Map.entry("EACH", "EA"),
            Map.entry("KG", "KGM"), Map.entry("G", "GRM"), Map.entry("T", "TNE"), Map.entry("M", "MTR"),
            Map.entry("MM", "MMT"), Map.entry("M2", "MTK"), Map.entry("L", "LTR"), Map.entry("BOX", "BX"),
            Map.entry("SET", "SET"), Map.entry("PAIR", "PR"), Map.entry("ROLL", "RO"));

    private OrderRequestMapping() {
    }

    /** The parties of an outbound document: the buyer (From and Sender) and the supplier (To). */
    record Parties(CxmlCredential buyer, String buyerSharedSecret, CxmlCredential supplier, String billTo, String userAgent) {
    }

    /** A new order: type new, version the revision (1, or later when the partner came onto cXML after the order). */
    static String write(OrderDocument order, int revision, Parties parties, String payloadId, boolean test, OffsetDateTime now) {
        return write(order, revision, "new", null, parties, payloadId, test, now);
    }

    /**
     * A revised order: type update with every line of the new revision (cXML replaces the whole order, so a line no
     * longer there is deleted), or type delete with the lines as they were when the ERP cancelled the whole order; the
     * version is the revision, and DocumentReference names the OrderRequest it follows.
     *
     * @param previousPayloadId the payloadID of the last OrderRequest the partner got for this order
     */
    static String change(OrderChange change, int revision, String previousPayloadId, Parties parties, String payloadId,
                         boolean test, OffsetDateTime now) {
        return change.cancelsOrder()
                ? write(change.before(), revision, "delete", previousPayloadId, parties, payloadId, test, now)
                : write(change.after(), revision, "update", previousPayloadId, parties, payloadId, test, now);
    }

    private static String write(OrderDocument order, int revision, String type, String previousPayloadId, Parties parties,
                                String payloadId, boolean test, OffsetDateTime now) {
        CxmlWriter cxml = CxmlWriter.start(payloadId, now);
        Element header = cxml.add(cxml.root(), "Header");
        cxml.credential(cxml.add(header, "From"), parties.buyer(), null);
        cxml.credential(cxml.add(header, "To"), parties.supplier(), null);
        Element sender = cxml.add(header, "Sender");
        cxml.credential(sender, parties.buyer(), parties.buyerSharedSecret());
        cxml.add(sender, "UserAgent", parties.userAgent());
        Element request = cxml.add(cxml.root(), "Request");
        request.setAttribute("deploymentMode", test ? "test" : "production");
        Element orderRequest = cxml.add(request, "OrderRequest");
        Element orderHeader = cxml.add(orderRequest, "OrderRequestHeader");
        orderHeader.setAttribute("orderID", order.number());
        orderHeader.setAttribute("orderDate", day(order.orderDate()));
        orderHeader.setAttribute("type", type);
        orderHeader.setAttribute("orderVersion", Integer.toString(revision));
        money(cxml, cxml.add(orderHeader, "Total"), order.currency(), total(order));
        if (present(order.shipTo())) {
            Element address = cxml.add(cxml.add(orderHeader, "ShipTo"), "Address");
            cxml.add(address, "Name", order.shipTo()).setAttribute("xml:lang", "en");
        }
        Element billTo = cxml.add(cxml.add(orderHeader, "BillTo"), "Address");
        cxml.add(billTo, "Name", parties.billTo()).setAttribute("xml:lang", "en");
        if (present(order.buyerName())) {
            Element contact = cxml.add(orderHeader, "Contact");
            contact.setAttribute("role", "buyer");
            cxml.add(contact, "Name", order.buyerName()).setAttribute("xml:lang", "en");
            if (present(order.buyerEmail())) {
                cxml.add(contact, "Email", order.buyerEmail());
            }
        }
        if (previousPayloadId != null) {
            cxml.add(orderHeader, "DocumentReference").setAttribute("payloadID", previousPayloadId);
        }
        for (OrderDocument.Line line : order.lines()) {
            item(cxml, orderRequest, line, order);
        }
        return cxml.finish();
    }

    private static void item(CxmlWriter cxml, Element orderRequest, OrderDocument.Line line, OrderDocument order) {
        Element item = cxml.add(orderRequest, "ItemOut");
        item.setAttribute("quantity", line.quantity().stripTrailingZeros().toPlainString());
        item.setAttribute("lineNumber", Integer.toString(line.lineNumber()));
        item.setAttribute("requestedDeliveryDate", day(line.requestedDate()));
        Element id = cxml.add(item, "ItemID");
        cxml.add(id, "SupplierPartID", present(line.supplierPartNumber()) ? line.supplierPartNumber() : line.partNumber());
        cxml.add(id, "BuyerPartID", line.partNumber());
        Element detail = cxml.add(item, "ItemDetail");
        money(cxml, cxml.add(detail, "UnitPrice"), order.currency(), each(line));
        cxml.add(detail, "Description", present(line.description()) ? line.description() : line.partNumber())
                .setAttribute("xml:lang", "en");
        cxml.add(detail, "UnitOfMeasure", unit(line.unit(), order.number(), line.lineNumber()));
        cxml.add(detail, "Classification", "").setAttribute("domain", "UNSPSC");
        for (OrderDocument.Schedule schedule : line.schedule()) {
            Element scheduleLine = cxml.add(item, "ScheduleLine");
            scheduleLine.setAttribute("quantity", schedule.quantity().stripTrailingZeros().toPlainString());
            scheduleLine.setAttribute("requestedDeliveryDate", day(schedule.date()));
            cxml.add(scheduleLine, "UnitOfMeasure", unit(line.unit(), order.number(), line.lineNumber()));
        }
    }

    static String unit(String unit, String orderNumber, int lineNumber) {
        String code = UNITS.get(unit.strip().toUpperCase(Locale.ROOT));
        if (code == null) {
            throw new IllegalArgumentException("PO " + orderNumber + " line " + lineNumber + ": the unit '" + unit
                    + "' has no UN/CEFACT code the portal knows (pcs, kg, g, t, m, mm, m2, l, box, set, pair, roll)");
        }
        return code;
    }

    private static BigDecimal each(OrderDocument.Line line) {
        return line.unitPrice().divide(line.priceUnit(), Math.max(line.unitPrice().scale(), 4), RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    private static BigDecimal total(OrderDocument order) {
        return order.lines().stream().map(line -> line.unitPrice().multiply(line.quantity())
                .divide(line.priceUnit(), 2, RoundingMode.HALF_UP)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void money(CxmlWriter cxml, Element parent, String currency, BigDecimal amount) {
        cxml.add(parent, "Money", amount.toPlainString()).setAttribute("currency", currency);
    }

    private static String day(java.time.LocalDate date) {
        return date.atStartOfDay().atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
