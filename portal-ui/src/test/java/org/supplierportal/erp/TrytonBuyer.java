package org.supplierportal.erp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.supplierportal.testsupport.TrytonRpc;
import tools.jackson.databind.JsonNode;

/** A buyer at work in Tryton, over its JSON-RPC API: places, confirms and amends purchases; receives shipments. */
final class TrytonBuyer {

    private final TrytonRpc rpc;

    TrytonBuyer(TrytonRpc rpc) {
        this.rpc = rpc;
    }

    record Line(String productCode, int quantity, String unitPrice, LocalDate deliveryDate) {
    }

    /** Creates, quotes and confirms a purchase; returns its id. */
    long placeOrder(String partyCode, Line... lines) {
        long party = rpc.search("party.party", List.of(List.of("code", "=", partyCode))).getFirst();
        long address = rpc.search("party.address", List.of(List.of("party", "=", party))).getFirst();
        long currency = rpc.search("currency.currency", List.of(List.of("code", "=", "EUR"))).getFirst();
        List<Map<String, Object>> purchaseLines = new ArrayList<>();
        for (Line line : lines) {
            purchaseLines.add(lineValues(line));
        }
        Map<String, Object> purchase = new LinkedHashMap<>();
        purchase.put("company", 1);
        purchase.put("party", party);
        purchase.put("invoice_address", address);
        purchase.put("currency", currency);
        purchase.put("warehouse", rpc.search("stock.location", List.of(List.of("type", "=", "warehouse"))).getFirst());
        purchase.put("invoice_method", "manual");
        purchase.put("lines", List.of(List.of("create", purchaseLines)));
        long id = rpc.create("purchase.purchase", purchase);
        rpc.model("purchase.purchase", "quote", List.of(id));
        rpc.model("purchase.purchase", "confirm", List.of(id));
        String state = rpc.read("purchase.purchase", id, "state").get("state").asString();
        if (!"processing".equals(state)) {
            throw new IllegalStateException("Tryton purchase " + id + " is " + state + " after confirm, not processing");
        }
        return id;
    }

    private Map<String, Object> lineValues(Line line) {
        long product = rpc.search("product.product", List.of(List.of("code", "=", line.productCode()))).getFirst();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("type", "line");
        values.put("product", product);
        values.put("quantity", line.quantity());
        values.put("unit", 1);
        values.put("unit_price", TrytonRpc.decimal(line.unitPrice()));
        values.put("description", line.productCode());
        values.put("delivery_date_edit", true);
        values.put("delivery_date_store", TrytonRpc.date(line.deliveryDate()));
        return values;
    }

    /**
     * The supplier's invoice for a purchase line, as the accounts payable clerk enters it: a draft supplier invoice
     * whose line refers to the purchase line. Returns the invoice's id.
     */
    long enterInvoice(long purchase, long purchaseLine, int quantity, String unitPrice, String supplierInvoiceNumber) {
        JsonNode order = rpc.read("purchase.purchase", purchase, "party", "invoice_address", "currency");
        JsonNode line = line(purchaseLine);
        long product = rpc.read("purchase.line", purchaseLine, "product").get("product").asLong();
        Map<String, Object> invoiceLine = new LinkedHashMap<>();
        invoiceLine.put("type", "line");
        invoiceLine.put("product", product);
        invoiceLine.put("quantity", quantity);
        invoiceLine.put("unit", 1);
        invoiceLine.put("unit_price", TrytonRpc.decimal(unitPrice));
        invoiceLine.put("account", rpc.search("account.account", List.of(List.of("code", "=", "5000"))).getFirst());
        invoiceLine.put("origin", "purchase.line," + purchaseLine);
        invoiceLine.put("description", "Invoiced " + line.get("purchase").asLong());
        Map<String, Object> invoice = new LinkedHashMap<>();
        invoice.put("company", 1);
        invoice.put("type", "in");
        invoice.put("party", order.get("party").asLong());
        invoice.put("invoice_address", order.get("invoice_address").asLong());
        invoice.put("currency", order.get("currency").asLong());
        invoice.put("journal", rpc.search("account.journal", List.of(List.of("type", "=", "expense"))).getFirst());
        invoice.put("account", rpc.search("account.account", List.of(List.of("code", "=", "4400"))).getFirst());
        invoice.put("reference", supplierInvoiceNumber);
        invoice.put("invoice_date", TrytonRpc.date(LocalDate.now()));
        invoice.put("lines", List.of(List.of("create", List.of(invoiceLine))));
        return rpc.create("account.invoice", invoice);
    }

    /** Corrects the unit price on a draft invoice's lines (through the invoice, as the client does). */
    void correctInvoicePrice(long invoice, String unitPrice) {
        List<Long> lines = new ArrayList<>();
        rpc.read("account.invoice", invoice, "lines").get("lines").forEach(id -> lines.add(id.asLong()));
        rpc.write("account.invoice", List.of(invoice), Map.of("lines",
                List.of(List.of("write", lines, Map.of("unit_price", TrytonRpc.decimal(unitPrice))))));
    }

    List<Long> lineIds(long purchase) {
        List<Long> ids = new ArrayList<>();
        rpc.model("purchase.purchase", "read", List.of(purchase), List.of("lines")).get(0).get("lines").forEach(id -> ids.add(id.asLong()));
        ids.sort(Long::compare);
        return ids;
    }

    JsonNode line(long lineId) {
        return rpc.read("purchase.line", lineId, "quantity", "unit_price", "delivery_date", "delivery_date_store", "purchase");
    }

    LocalDate plannedDateOfOpenMove(long lineId) {
        JsonNode moves = rpc.searchRead("stock.move", List.of(List.of("origin", "=", "purchase.line," + lineId),
                List.of("state", "=", "draft")), "planned_date");
        // None for a moment while an amendment replaces the line's move: the caller's wait asks again.
        return moves.isEmpty() ? null : TrytonRpc.toDate(moves.get(0).get("planned_date"));
    }

    int revision(long purchase) {
        return rpc.read("purchase.purchase", purchase, "revision").get("revision").asInt();
    }

    int amendments(long purchase) {
        return rpc.search("purchase.amendment", List.of(List.of("purchase", "=", purchase))).size();
    }

    /** The buyer changes a line's quantity in Tryton, through an amendment like any change to a confirmed purchase. */
    void amendQuantity(long purchase, long lineId, int quantity) {
        JsonNode line = rpc.read("purchase.line", lineId, "product", "unit", "unit_price", "description");
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("action", "line");
        change.put("line", lineId);
        change.put("product", line.get("product").asLong());
        change.put("quantity", quantity);
        change.put("unit", line.get("unit").asLong());
        change.put("unit_price", line.get("unit_price"));
        change.put("description", line.get("description").asString());
        long amendment = rpc.create("purchase.amendment", Map.of("purchase", purchase, "description", "buyer change",
                "lines", List.of(List.of("create", List.of(change)))));
        rpc.model("purchase.amendment", "validate_amendment", List.of(amendment));
    }

    /** The buyer expedites or delays a line: its open move's planned date, as on a confirmed purchase. */
    void moveDelivery(long lineId, LocalDate date) {
        rpc.write("stock.move", openMoves(lineId), Map.of("planned_date", TrytonRpc.date(date)));
    }

    /** The buyer raises or lowers a line's quantity directly on the confirmed purchase (Tryton accepts it). */
    void changeQuantity(long lineId, int quantity) {
        rpc.write("purchase.line", List.of(lineId), Map.of("quantity", quantity));
    }

    /** The buyer adds a line to the confirmed purchase and lets Tryton plan its delivery; returns the line's id. */
    long addLine(long purchase, Line line) {
        Map<String, Object> values = lineValues(line);
        values.put("purchase", purchase);
        long id = rpc.create("purchase.line", values);
        rpc.model("purchase.purchase", "process", List.of(purchase));
        return id;
    }

    /**
     * The buyer cancels a line's open delivery and, in Tryton's "handle shipment exception", chooses to ignore it
     * rather than recreate it: nothing more is to come on that line.
     */
    void cancelLine(long purchase, long lineId) {
        List<Long> moves = openMoves(lineId);
        rpc.model("stock.move", "cancel", moves);
        rpc.write("purchase.line", List.of(lineId), Map.of("moves_ignored", List.of(List.of("add", moves))));
        rpc.model("purchase.purchase", "process", List.of(purchase));
    }

    List<Long> openMoves(long lineId) {
        return rpc.search("stock.move", List.of(List.of("origin", "=", "purchase.line," + lineId), List.of("state", "=", "draft")));
    }

    List<Long> shipmentsWithReference(String reference) {
        return rpc.search("stock.shipment.in", List.of(List.of("reference", "=", reference)));
    }

    JsonNode shipment(long id) {
        return rpc.read("stock.shipment.in", id, "state", "reference", "incoming_moves");
    }

    /** The quantities of the shipment's moves. */
    List<Double> moveQuantities(long shipment) {
        List<Double> quantities = new java.util.ArrayList<>();
        rpc.searchRead("stock.move", List.of(List.of("shipment", "=", "stock.shipment.in," + shipment)), "quantity")
                .forEach(move -> quantities.add(move.get("quantity").asDouble()));
        return quantities;
    }

    /** The warehouse books what it counted. */
    void setMoveQuantities(long shipment, double quantity) {
        List<Long> moves = new java.util.ArrayList<>();
        rpc.searchRead("stock.move", List.of(List.of("shipment", "=", "stock.shipment.in," + shipment)), "quantity")
                .forEach(move -> moves.add(move.get("id").asLong()));
        rpc.write("stock.move", moves, java.util.Map.of("quantity", quantity));
    }

    /** The warehouse receives a supplier shipment: received, then done. */
    void receive(long shipment) {
        rpc.model("stock.shipment.in", "receive", List.of(shipment));
        rpc.model("stock.shipment.in", "done", List.of(shipment));
    }

    /** The warehouse receives a purchase line in full on a delivery note of its own (no ASN). */
    void receiveLine(long purchase, long purchaseLine, String deliveryNote) {
        List<Long> moves = rpc.search("stock.move", List.of(List.of("origin", "=", "purchase.line," + purchaseLine),
                List.of("state", "=", "draft")));
        long shipment = rpc.create("stock.shipment.in", Map.of("reference", deliveryNote,
                "supplier", rpc.read("purchase.purchase", purchase, "party").get("party").asLong(),
                "incoming_moves", List.of(List.of("add", moves))));
        receive(shipment);
    }

    /** A product whose code is missing, as a malformed master record. */
    void removeProductCode(String code) {
        long template = rpc.search("product.template", List.of(List.of("code", "=", code))).getFirst();
        rpc.write("product.template", List.of(template), Map.of("code", ""));
    }

    void setProductCode(String name, String code) {
        long template = rpc.search("product.template", List.of(List.of("name", "=", name))).getFirst();
        rpc.write("product.template", List.of(template), Map.of("code", code));
    }
}
