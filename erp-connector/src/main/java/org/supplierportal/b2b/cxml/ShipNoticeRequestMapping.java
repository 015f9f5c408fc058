package org.supplierportal.b2b.cxml;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.supplierportal.b2b.MappedAsn;
import org.supplierportal.shipment.AsnDraft;
import org.supplierportal.shipment.ShippableLineView;
import org.w3c.dom.Element;

/**
 * A cXML ShipNoticeRequest (Fulfill.dtd) turned into the ASN a supplier enters on the screen. ShipNoticeHeader gives
 * the ship date (shipmentDate, else noticeDate) and the arrival (deliveryDate, else the ship date); the first
 * ShipControl the carrier (CarrierIdentifier companyName, else SCAC) and the tracking or bill of lading number
 * (ShipmentIdentifier by its domain); each ShipNoticePortion an order (OrderReference orderID) and each of its
 * ShipNoticeItems a line (lineNumber, quantity, the lot from Batch or SupplierBatchID, serial numbers from
 * AssetInfo serialNumber, packages from Packaging ShippingContainerSerialCode). A portion without items ships every
 * open line of its order in full. Pure: no Spring, no database.
 */
final class ShipNoticeRequestMapping {

    private static final Map<String, String> FIELDS = Map.of("shipDate", "ShipNoticeHeader shipmentDate",
            "expectedArrival", "ShipNoticeHeader deliveryDate", "carrier", "ShipControl CarrierIdentifier",
            "trackingNumber", "ShipControl ShipmentIdentifier", "billOfLading", "ShipControl ShipmentIdentifier (billOfLading)",
            "lines", "ShipNoticePortion", "packages", "Packaging");

    private ShipNoticeRequestMapping() {
    }

    /** The PO numbers the notice ships against: each ShipNoticePortion's OrderReference orderID. */
    static Set<String> orderNumbers(Element request) {
        Set<String> numbers = new LinkedHashSet<>();
        CxmlReader.children(request, "ShipNoticePortion").forEach(portion -> orderNumber(portion).ifPresent(numbers::add));
        return numbers;
    }

    /** ShipNoticeHeader operation: new (the default), update or delete. */
    static String operation(Element request) {
        return CxmlReader.child(request, "ShipNoticeHeader").map(header -> header.getAttribute("operation").strip())
                .filter(operation -> !operation.isEmpty()).orElse("new");
    }

    static String shipmentId(Element request) {
        return CxmlReader.child(request, "ShipNoticeHeader").map(header -> header.getAttribute("shipmentID").strip()).orElse("");
    }

    /** @param orderLines the supplier's lines of each PO the notice names, by PO number (another supplier's PO is absent) */
    static MappedAsn toDraft(Element request, Map<String, List<ShippableLineView>> orderLines) {
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Element header = CxmlReader.child(request, "ShipNoticeHeader").orElse(null);
        if (header == null) {
            return new MappedAsn(null, List.of("ShipNoticeRequest has no ShipNoticeHeader"), notes, FIELDS, List.of(), List.of());
        }
        LocalDate shipDate = day(header, "shipmentDate", problems);
        if (shipDate == null && header.getAttribute("shipmentDate").isBlank()) {
            shipDate = day(header, "noticeDate", problems);
            notes.add("no shipmentDate: the ship date is the noticeDate");
        }
        LocalDate arrival = day(header, "deliveryDate", problems);
        if (arrival == null && header.getAttribute("deliveryDate").isBlank()) {
            arrival = shipDate;
            notes.add("no deliveryDate: arrival taken as the ship date");
        }
        Optional<Element> control = CxmlReader.child(request, "ShipControl");
        String carrier = control.map(ShipNoticeRequestMapping::carrier).orElse(null);
        String billOfLading = control.flatMap(c -> identifier(c, true)).orElse(null);
        String tracking = control.flatMap(c -> identifier(c, false)).orElse(null);

        ShipNoticeLines lines = new ShipNoticeLines(problems, notes);
        List<Element> portions = CxmlReader.children(request, "ShipNoticePortion");
        if (portions.isEmpty()) {
            problems.add("ShipNoticeRequest has no ShipNoticePortion: name the order it ships");
        }
        for (int p = 0; p < portions.size(); p++) {
            String where = "ShipNoticePortion " + (p + 1);
            Optional<String> number = orderNumber(portions.get(p));
            if (number.isEmpty()) {
                problems.add(where + ": OrderReference has no orderID");
                continue;
            }
            List<ShippableLineView> ofOrder = orderLines.getOrDefault(number.get(), List.of());
            if (ofOrder.isEmpty()) {
                problems.add(where + ": PO " + number.get() + " is not one of your orders");
                continue;
            }
            lines.addPortion(where, number.get(), portions.get(p), ofOrder);
        }
        if (!problems.isEmpty()) {
            return new MappedAsn(null, problems, notes, FIELDS, lines.where(), lines.packageWhere());
        }
        return new MappedAsn(new AsnDraft(shipDate, arrival, carrier, tracking, billOfLading, lines.lines(), lines.packages()),
                List.of(), notes, FIELDS, lines.where(), lines.packageWhere());
    }

    private static Optional<String> orderNumber(Element portion) {
        return CxmlReader.child(portion, "OrderReference").map(reference -> reference.getAttribute("orderID").strip())
                .filter(number -> !number.isEmpty());
    }

    /** The carrier's name (domain companyName), else its SCAC, else whatever identifier comes first. */
    private static String carrier(Element control) {
        List<Element> carriers = CxmlReader.children(control, "CarrierIdentifier");
        for (String domain : List.of("companyName", "SCAC")) {
            for (Element carrier : carriers) {
                if (carrier.getAttribute("domain").equalsIgnoreCase(domain) && !CxmlReader.text(carrier).isEmpty()) {
                    return CxmlReader.text(carrier);
                }
            }
        }
        return carriers.isEmpty() ? null : CxmlReader.text(carriers.get(0));
    }

    private static Optional<String> identifier(Element control, boolean billOfLading) {
        return CxmlReader.children(control, "ShipmentIdentifier").stream()
                .filter(id -> id.getAttribute("domain").equalsIgnoreCase("billOfLading") == billOfLading)
                .map(CxmlReader::text).filter(text -> !text.isEmpty()).findFirst();
    }

    private static LocalDate day(Element header, String attribute, List<String> problems) {
        String value = header.getAttribute(attribute);
        if (value.isBlank()) {
            return null;
        }
        LocalDate day = CxmlDates.day(value);
        if (day == null) {
            problems.add("ShipNoticeHeader " + attribute + " '" + value + "' is not an ISO 8601 date");
        }
        return day;
    }
}
