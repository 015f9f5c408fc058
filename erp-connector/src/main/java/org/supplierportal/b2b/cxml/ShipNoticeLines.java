package org.supplierportal.b2b.cxml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.supplierportal.shipment.AsnDraft;
import org.supplierportal.shipment.ShippableLineView;
import org.w3c.dom.Element;

/**
 * The lines and packages of a ShipNoticeRequest as its portions are read, each with where it is in the document.
 * Packages are the distinct ShippingContainerSerialCodes (SSCCs) of the items' Packaging. Pure.
 */
final class ShipNoticeLines {

    private final List<String> problems;
    private final List<String> notes;
    private final List<AsnDraft.Line> lines = new ArrayList<>();
    private final List<String> where = new ArrayList<>();
    private final Map<String, List<AsnDraft.Content>> packed = new LinkedHashMap<>();
    private final Map<String, String> packageTypes = new LinkedHashMap<>();
    private final Map<String, String> packageWhere = new LinkedHashMap<>();

    ShipNoticeLines(List<String> problems, List<String> notes) {
        this.problems = problems;
        this.notes = notes;
    }

    void addPortion(String portionWhere, String orderNumber, Element portion, List<ShippableLineView> orderLines) {
        List<Element> items = CxmlReader.children(portion, "ShipNoticeItem");
        if (items.isEmpty()) {
            List<ShippableLineView> open = orderLines.stream().filter(view -> view.line().open() && view.open().signum() > 0).toList();
            if (open.isEmpty()) {
                problems.add(portionWhere + ": PO " + orderNumber + " has nothing left to ship, and the portion names no ShipNoticeItem");
            }
            notes.add("PO " + orderNumber + ": no ShipNoticeItem, so every open line ships what is open of it");
            open.forEach(view -> add(new AsnDraft.Line(view.line().orderId().value(), view.line().lineNumber(), view.open(), null,
                    List.of()), portionWhere));
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            item(portionWhere + ", ShipNoticeItem " + (i + 1), orderNumber, items.get(i), orderLines);
        }
    }

    private void item(String itemWhere, String orderNumber, Element item, List<ShippableLineView> orderLines) {
        String lineNumber = item.getAttribute("lineNumber").strip();
        Optional<ShippableLineView> line = orderLines.stream()
                .filter(view -> Integer.toString(view.line().lineNumber()).equals(lineNumber)).findFirst();
        if (line.isEmpty()) {
            problems.add(itemWhere + ": PO " + orderNumber + " has no line " + (lineNumber.isEmpty() ? "(no lineNumber)" : lineNumber));
            return;
        }
        BigDecimal quantity = decimal(item.getAttribute("quantity"));
        if (quantity == null) {
            problems.add(itemWhere + ": quantity '" + item.getAttribute("quantity") + "' is not a number");
            return;
        }
        List<String> serials = CxmlReader.children(item, "AssetInfo").stream().map(asset -> asset.getAttribute("serialNumber").strip())
                .filter(serial -> !serial.isEmpty()).toList();
        add(new AsnDraft.Line(line.get().line().orderId().value(), line.get().line().lineNumber(), quantity, lot(item), serials),
                itemWhere);
        List<Element> labelled = CxmlReader.children(item, "Packaging").stream()
                .filter(packaging -> CxmlReader.child(packaging, "ShippingContainerSerialCode").isPresent()).toList();
        for (Element packaging : labelled) {
            String sscc = CxmlReader.text(CxmlReader.child(packaging, "ShippingContainerSerialCode").orElseThrow());
            BigDecimal inIt = labelled.size() == 1 ? quantity : CxmlReader.child(packaging, "DispatchQuantity")
                    .map(dispatch -> decimal(dispatch.getAttribute("quantity"))).orElse(null);
            if (inIt == null) {
                problems.add(itemWhere + ", Packaging " + sscc + ": with several packages, each needs its DispatchQuantity");
                continue;
            }
            packed.computeIfAbsent(sscc, code -> new ArrayList<>()).add(new AsnDraft.Content(lines.size(), inIt));
            packageTypes.putIfAbsent(sscc, CxmlReader.child(packaging, "PackagingCode").map(CxmlReader::text).orElse("Carton"));
            packageWhere.putIfAbsent(sscc, itemWhere + ", Packaging " + sscc);
        }
    }

    /** Batch's SupplierBatchID (else its BuyerBatchID), or a SupplierBatchID of the item itself. */
    private static String lot(Element item) {
        return CxmlReader.child(item, "Batch")
                .flatMap(batch -> CxmlReader.child(batch, "SupplierBatchID").or(() -> CxmlReader.child(batch, "BuyerBatchID")))
                .or(() -> CxmlReader.child(item, "SupplierBatchID")).map(CxmlReader::text).orElse(null);
    }

    private void add(AsnDraft.Line line, String lineWhere) {
        lines.add(line);
        where.add(lineWhere);
    }

    List<AsnDraft.Line> lines() {
        return lines;
    }

    List<String> where() {
        return where;
    }

    List<AsnDraft.Package> packages() {
        List<AsnDraft.Package> packages = new ArrayList<>();
        packed.forEach((sscc, contents) -> packages.add(new AsnDraft.Package(packageTypes.get(sscc), null, contents, sscc)));
        return packages;
    }

    List<String> packageWhere() {
        return List.copyOf(packageWhere.values());
    }

    static BigDecimal decimal(String value) {
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
