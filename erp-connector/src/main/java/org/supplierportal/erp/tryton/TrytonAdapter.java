package org.supplierportal.erp.tryton;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.supplierportal.erp.AsnMessage;
import org.supplierportal.erp.Capability;
import org.supplierportal.erp.CommitmentMessage;
import org.supplierportal.erp.ErpAdapter;
import org.supplierportal.erp.ErpRejectedException;
import org.supplierportal.erp.OrderChange;
import org.supplierportal.erp.OrderChangeFeed;
import org.supplierportal.erp.PulledRecord;
import org.supplierportal.erp.Watermark;
import org.supplierportal.invoice.InvoiceDocument;
import org.supplierportal.invoice.InvoiceStatus;
import org.supplierportal.order.OrderDocument;
import org.supplierportal.shipment.ReceiptDocument;
import tools.jackson.databind.JsonNode;

/**
 * Tryton 6.0 behind the port: purchases in (changes of purchases, lines and moves, see {@link TrytonOrders}),
 * receipts in (done incoming moves from the supplier), commitments out (the line's delivery date and the planned date of its open moves; quantity and
 * price through a purchase amendment whose description is the message's idempotency key), ASNs out (a draft
 * supplier shipment whose reference is the ASN number).
 */
public class TrytonAdapter implements ErpAdapter, MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(TrytonAdapter.class);

    private final TrytonClient client;
    private final TrytonOrders orders;
    private final TrytonProperties properties;

    public TrytonAdapter(TrytonProperties properties) {
        this.properties = properties;
        this.client = new TrytonClient(properties);
        this.orders = new TrytonOrders(client);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("portal.erp.tryton.calls", client, TrytonClient::calls)
                .description("JSON-RPC requests sent to Tryton").register(registry);
    }

    @Override
    public String system() {
        return TrytonMapping.SYSTEM;
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.PULL_ORDERS, Capability.PULL_RECEIPTS, Capability.PULL_INVOICE_STATUS,
                Capability.PUSH_COMMITMENTS, Capability.PUSH_ASNS);
    }

    @Override
    public Set<OrderChangeFeed> orderChangeFeeds() {
        return EnumSet.allOf(OrderChangeFeed.class);
    }

    @Override
    public List<OrderChange> pullOrderChanges(OrderChangeFeed feed, Watermark after, int limit) {
        return orders.changes(feed, after, limit);
    }

    @Override
    public List<PulledRecord<OrderDocument>> pullOrders(Collection<String> keys) {
        return orders.read(keys.stream().map(key -> parseId(key, "purchase")).toList());
    }

    @Override
    public java.util.Optional<PulledRecord<OrderDocument>> pullOrder(String key) {
        return orders.read(List.of(parseId(key, "purchase"))).stream().findFirst();
    }

    @Override
    public List<PulledRecord<ReceiptDocument>> pullReceipts(Watermark after, int limit) {
        List<Object> domain = List.of(List.of("state", "=", "done"), List.of("from_location.type", "=", "supplier"),
                List.of("origin", "like", "purchase.line,%"), changedAfter(after));
        JsonNode moves = client.searchRead("stock.move", domain, 0, limit,
                List.of(List.of("write_date", "ASC"), List.of("id", "ASC")),
                List.of("origin", "purchase", "quantity", "uom.symbol", "effective_date", "shipment", "write_date", "create_date"));
        Map<Long, String> references = shipmentReferences(moves);
        List<PulledRecord<ReceiptDocument>> records = new ArrayList<>();
        for (JsonNode move : moves) {
            long id = move.get("id").asLong();
            Watermark position = TrytonMapping.position(move);
            String origin = TrytonMapping.text(move.get("origin"));
            LocalDate received = TrytonValues.toDate(move.get("effective_date"));
            String subject = "Tryton receipt move " + id;
            if (origin == null || move.get("purchase").isNull() || received == null) {
                records.add(PulledRecord.unmappable(position, String.valueOf(id), subject, move.toString(),
                        "move " + id + " has no purchase line or no receipt date"));
                continue;
            }
            String reference = shipmentId(move).map(references::get).orElse(null);
            records.add(PulledRecord.mapped(position, String.valueOf(id), subject, move.toString(), new ReceiptDocument(
                    TrytonMapping.SYSTEM, String.valueOf(id), String.valueOf(move.get("purchase").asLong()),
                    origin.substring(origin.indexOf(',') + 1), TrytonValues.toDecimal(move.get("quantity")),
                    TrytonMapping.text(move.path("uom.").get("symbol")), received, reference)));
        }
        return records;
    }

    /**
     * Supplier invoices ({@code account.invoice} of type "in"), with the purchase they bill (from their lines'
     * origin). Tryton's states map to the portal's: draft = received, validated = in matching, posted = approved
     * for payment, paid (with the reconciliation date), cancelled. Tryton has no payment block; the portal's own
     * matching against the order finds price and quantity variances.
     */
    @Override
    public List<PulledRecord<InvoiceDocument>> pullInvoices(Watermark after, int limit) {
        JsonNode invoices = client.searchRead("account.invoice", List.of(List.of("type", "=", "in"), changedOrCreatedAfter(after)), 0, limit,
                List.of(List.of("write_date", "ASC NULLS FIRST"), List.of("create_date", "ASC"), List.of("id", "ASC")),
                List.of("number", "reference", "party.code", "invoice_date", "currency.code", "total_amount", "state",
                        "reconciled", "lines", "write_date", "create_date"));
        List<Long> lineIds = new ArrayList<>();
        invoices.forEach(invoice -> invoice.get("lines").forEach(line -> lineIds.add(line.asLong())));
        Map<Long, List<JsonNode>> linesByInvoice = new HashMap<>();
        Map<Long, Long> purchaseOfLine = new HashMap<>();
        if (!lineIds.isEmpty()) {
            JsonNode lines = client.read("account.invoice.line", lineIds, List.of("invoice", "origin", "quantity", "unit_price"));
            List<Long> purchaseLines = new ArrayList<>();
            for (JsonNode line : lines) {
                linesByInvoice.computeIfAbsent(line.get("invoice").asLong(), id -> new ArrayList<>()).add(line);
                purchaseLineId(line).ifPresent(purchaseLines::add);
            }
            if (!purchaseLines.isEmpty()) {
                client.read("purchase.line", purchaseLines, List.of("purchase"))
                        .forEach(line -> purchaseOfLine.put(line.get("id").asLong(), line.get("purchase").asLong()));
            }
        }
        List<PulledRecord<InvoiceDocument>> records = new ArrayList<>();
        for (JsonNode invoice : invoices) {
            long id = invoice.get("id").asLong();
            List<JsonNode> lines = linesByInvoice.getOrDefault(id, List.of());
            String order = lines.stream().map(TrytonAdapter::purchaseLineId).flatMap(java.util.Optional::stream)
                    .map(purchaseOfLine::get).filter(java.util.Objects::nonNull).findFirst().map(String::valueOf).orElse(null);
            String state = TrytonMapping.text(invoice.get("state"));
            records.add(PulledRecord.mapped(TrytonMapping.position(invoice), String.valueOf(id), "Tryton supplier invoice " + id,
                    invoice.toString(), new InvoiceDocument(TrytonMapping.SYSTEM, String.valueOf(id),
                            java.util.Objects.requireNonNullElse(TrytonMapping.text(invoice.path("party.").get("code")), ""),
                            TrytonMapping.text(invoice.get("reference")), TrytonMapping.text(invoice.get("number")), order,
                            TrytonValues.toDate(invoice.get("invoice_date")), TrytonMapping.text(invoice.path("currency.").get("code")),
                            TrytonValues.toDecimal(invoice.get("total_amount")), invoiceStatus(state), null,
                            "paid".equals(state) ? TrytonValues.toDate(invoice.get("reconciled")) : null, null,
                            lines.stream().filter(line -> purchaseLineId(line).isPresent())
                                    .map(line -> new InvoiceDocument.Line(String.valueOf(purchaseLineId(line).orElseThrow()),
                                            TrytonValues.toDecimal(line.get("quantity")), TrytonValues.toDecimal(line.get("unit_price"))))
                                    .toList())));
        }
        return records;
    }

    private static java.util.Optional<Long> purchaseLineId(JsonNode invoiceLine) {
        String origin = TrytonMapping.text(invoiceLine.get("origin"));
        return origin != null && origin.startsWith("purchase.line,")
                ? java.util.Optional.of(Long.parseLong(origin.substring("purchase.line,".length()))) : java.util.Optional.empty();
    }

    private static InvoiceStatus invoiceStatus(String state) {
        return switch (state == null ? "" : state) {
            case "validated" -> InvoiceStatus.IN_MATCHING;
            case "posted" -> InvoiceStatus.APPROVED;
            case "paid" -> InvoiceStatus.PAID;
            case "cancelled" -> InvoiceStatus.CANCELLED;
            default -> InvoiceStatus.RECEIVED;
        };
    }

    @Override
    public void pushCommitment(CommitmentMessage commitment) {
        long lineId = parseId(commitment.erpLineId(), "line");
        JsonNode line = client.read("purchase.line", List.of(lineId),
                List.of("purchase", "product", "unit", "quantity", "unit_price", "description", "delivery_date_store", "delivery_date"))
                .get(0);
        if (line == null || line.isNull()) {
            throw new ErpRejectedException("Tryton has no purchase line " + lineId + " for PO " + commitment.orderNumber());
        }
        BigDecimal quantity = TrytonValues.toDecimal(line.get("quantity"));
        BigDecimal price = TrytonValues.toDecimal(line.get("unit_price"));
        boolean sameQuantity = quantity.compareTo(commitment.quantity()) == 0;
        boolean samePrice = price.compareTo(commitment.unitPrice()) == 0;
        if (!sameQuantity || !samePrice) {
            amend(commitment, line);
        }
        LocalDate date = commitment.firstDate();
        if (!date.equals(TrytonMapping.requestedDate(line))) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("delivery_date_edit", true);
            values.put("delivery_date_store", TrytonValues.date(date));
            client.write("purchase.line", List.of(lineId), values);
        }
        List<Long> openMoves = client.search("stock.move", List.of(List.of("origin", "=", "purchase.line," + lineId),
                List.of("state", "=", "draft")));
        if (!openMoves.isEmpty()) {
            client.write("stock.move", openMoves, Map.of("planned_date", TrytonValues.date(date)));
        }
        log.info("Commitment {} applied to Tryton purchase line {}", commitment.idempotencyKey(), lineId);
    }

    /** Quantity or price through an amendment, once: an amendment carrying the key means it was already done. */
    private void amend(CommitmentMessage commitment, JsonNode line) {
        long purchaseId = line.get("purchase").asLong();
        List<Long> earlier = client.search("purchase.amendment", List.of(List.of("purchase", "=", purchaseId),
                List.of("description", "=", commitment.idempotencyKey())));
        if (!earlier.isEmpty()) {
            JsonNode state = client.read("purchase.amendment", earlier, List.of("state")).get(0);
            if ("validated".equals(state.path("state").asString())) {
                return;
            }
            client.button("purchase.amendment", "validate_amendment", List.of(earlier.getFirst()));
            return;
        }
        Map<String, Object> amendmentLine = new LinkedHashMap<>();
        amendmentLine.put("action", "line");
        amendmentLine.put("line", line.get("id").asLong());
        amendmentLine.put("product", line.get("product").asLong());
        amendmentLine.put("quantity", commitment.quantity().doubleValue());
        amendmentLine.put("unit", line.get("unit").asLong());
        amendmentLine.put("unit_price", TrytonValues.decimal(commitment.unitPrice()));
        amendmentLine.put("description", TrytonMapping.text(line.get("description")));
        Map<String, Object> amendment = new LinkedHashMap<>();
        amendment.put("purchase", purchaseId);
        amendment.put("description", commitment.idempotencyKey());
        amendment.put("lines", List.of(List.of("create", List.of(amendmentLine))));
        long id = client.create("purchase.amendment", amendment);
        client.button("purchase.amendment", "validate_amendment", List.of(id));
    }

    @Override
    public void pushAsn(AsnMessage asn) {
        JsonNode existing = client.searchRead("stock.shipment.in", List.of(List.of("reference", "=", asn.asnNumber())),
                0, 1, List.of(), List.of("state", "incoming_moves"));
        if (existing.isEmpty()) {
            if (!asn.cancelled()) {
                createShipment(asn);
            }
            return;
        }
        long shipment = existing.get(0).get("id").asLong();
        String state = TrytonMapping.text(existing.get(0).get("state"));
        List<Long> moves = new ArrayList<>();
        existing.get(0).get("incoming_moves").forEach(move -> moves.add(move.asLong()));
        if ("cancelled".equals(state) || ("draft".equals(state) && asn.cancelled() && moves.isEmpty())) {
            return; // The cancellation was applied before.
        }
        if (!"draft".equals(state)) {
            throw new ErpRejectedException("Tryton has already received shipment " + asn.asnNumber() + " (" + state
                    + "); version " + asn.version() + " of the ASN cannot change it");
        }
        if (!moves.isEmpty()) {
            // Back to the purchase's open receipts; the new version (if any) takes what it ships again.
            client.write("stock.move", moves, java.util.Collections.singletonMap("shipment", null));
        }
        if (asn.cancelled()) {
            return;
        }
        client.write("stock.shipment.in", List.of(shipment), Map.of(
                "planned_date", TrytonValues.date(asn.expectedArrival() != null ? asn.expectedArrival() : asn.shipDate()),
                "incoming_moves", List.of(List.of("add", openMoves(asn)))));
    }

    private void createShipment(AsnMessage asn) {
        List<Long> moves = openMoves(asn);
        long supplier = supplierOf(asn);
        Map<String, Object> shipment = new LinkedHashMap<>();
        shipment.put("reference", asn.asnNumber());
        shipment.put("supplier", supplier);
        shipment.put("planned_date", TrytonValues.date(asn.expectedArrival() != null ? asn.expectedArrival() : asn.shipDate()));
        shipment.put("incoming_moves", List.of(List.of("add", moves)));
        client.create("stock.shipment.in", shipment);
    }

    /** The purchase's open receipt of each ASN line, its quantity set to what the ASN ships. */
    private List<Long> openMoves(AsnMessage asn) {
        List<Long> moves = new ArrayList<>();
        for (AsnMessage.Line line : asn.lines()) {
            List<Long> open = client.search("stock.move", List.of(List.of("origin", "=", "purchase.line," + line.erpLineId()),
                    List.of("state", "=", "draft"), java.util.Arrays.asList("shipment", "=", null)));
            if (open.isEmpty()) {
                throw new ErpRejectedException("Tryton has no open receipt for purchase line " + line.erpLineId()
                        + " of ASN " + asn.asnNumber());
            }
            long move = open.getFirst();
            client.write("stock.move", List.of(move), Map.of("quantity", line.quantity().doubleValue()));
            moves.add(move);
        }
        return moves;
    }

    /** The supplier of the purchase the ASN ships against (the party code in the message says the same). */
    private long supplierOf(AsnMessage asn) {
        List<Long> suppliers = client.search("party.party", List.of(List.of("code", "=", asn.supplierPartyCode())));
        if (suppliers.isEmpty()) {
            throw new ErpRejectedException("Tryton has no supplier with the party code " + asn.supplierPartyCode());
        }
        return suppliers.getFirst();
    }

    private Map<Long, String> shipmentReferences(JsonNode moves) {
        List<Long> ids = new ArrayList<>();
        moves.forEach(move -> shipmentId(move).ifPresent(ids::add));
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> references = new LinkedHashMap<>();
        client.read("stock.shipment.in", ids.stream().distinct().collect(Collectors.toList()), List.of("reference"))
                .forEach(shipment -> references.put(shipment.get("id").asLong(), TrytonMapping.text(shipment.get("reference"))));
        return references;
    }

    private static java.util.Optional<Long> shipmentId(JsonNode move) {
        String shipment = TrytonMapping.text(move.get("shipment"));
        if (shipment == null || !shipment.startsWith("stock.shipment.in,")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Long.parseLong(shipment.substring(shipment.indexOf(',') + 1)));
    }

    /** As {@link #changedAfter}, for records that may never have been written since they were created. */
    private static List<Object> changedOrCreatedAfter(Watermark after) {
        Map<String, Object> time = TrytonValues.dateTime(after.changedAt());
        return List.of("OR", List.of("write_date", ">", time),
                List.of(List.of("write_date", "=", time), List.of("id", ">", after.id())),
                List.of(java.util.Arrays.asList("write_date", "=", null), List.of("create_date", ">", time)),
                List.of(java.util.Arrays.asList("write_date", "=", null), List.of("create_date", "=", time), List.of("id", ">", after.id())));
    }

    /** Changed after the position: later write date, or the same one and a higher id. */
    private static List<Object> changedAfter(Watermark after) {
        Map<String, Object> time = TrytonValues.dateTime(after.changedAt());
        return List.of("OR", List.of("write_date", ">", time),
                List.of(List.of("write_date", "=", time), List.of("id", ">", after.id())));
    }

    private static long parseId(String id, String what) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new ErpRejectedException("'" + id + "' is not a Tryton " + what + " id");
        }
    }

    @Override
    public String toString() {
        return properties.toString();
    }
}
