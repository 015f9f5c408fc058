package org.supplierportal.erp.tryton;

import java.util.ArrayList;
import java.util.List;

import org.supplierportal.erp.AsnMessage;
import org.supplierportal.erp.ErpRejectedException;
import tools.jackson.databind.JsonNode;

/**
 * ASNs out ({@link TrytonShipmentMapping}): the first version creates the draft supplier shipment, a later one brings
 * the same shipment in line, a cancellation takes its moves out; once Tryton has received it, a change is refused.
 */
final class TrytonShipments {

    private final TrytonClient client;

    TrytonShipments(TrytonClient client) {
        this.client = client;
    }

    void push(AsnMessage asn) {
        JsonNode found = client.searchRead(TrytonShipmentMapping.SHIPMENT, TrytonShipmentMapping.withReference(asn), 0, 1,
                List.of(), TrytonShipmentMapping.SHIPMENT_FIELDS);
        JsonNode shipment = found.isEmpty() ? null : found.get(0);
        switch (TrytonShipmentMapping.step(asn, shipment)) {
            case NOTHING -> { }
            case CREATE -> create(asn);
            case REFUSE -> throw new ErpRejectedException(TrytonShipmentMapping.refusal(asn, shipment));
            case WITHDRAW -> detachMoves(shipment);
            case REPLACE_MOVES -> {
                detachMoves(shipment);
                client.write(TrytonShipmentMapping.SHIPMENT, List.of(shipment.get("id").asLong()),
                        TrytonShipmentMapping.changedShipment(asn, openMoves(asn)));
            }
        }
    }

    private void create(AsnMessage asn) {
        List<Long> moves = openMoves(asn);
        client.create(TrytonShipmentMapping.SHIPMENT, TrytonShipmentMapping.newShipment(asn, supplierOf(asn), moves));
    }

    /** Back to the purchase's open receipts; the new version (if any) takes what it ships again. */
    private void detachMoves(JsonNode shipment) {
        List<Long> moves = TrytonShipmentMapping.moves(shipment);
        if (!moves.isEmpty()) {
            client.write("stock.move", moves, TrytonShipmentMapping.DETACH);
        }
    }

    /** The purchase's open receipt of each ASN line, its quantity set to what the ASN ships. */
    private List<Long> openMoves(AsnMessage asn) {
        List<Long> moves = new ArrayList<>();
        for (AsnMessage.Line line : asn.lines()) {
            List<Long> open = client.search("stock.move", TrytonShipmentMapping.openMoveOf(line));
            if (open.isEmpty()) {
                throw new ErpRejectedException("Tryton has no open receipt for purchase line " + line.erpLineId()
                        + " of ASN " + asn.asnNumber());
            }
            long move = open.getFirst();
            client.write("stock.move", List.of(move), TrytonShipmentMapping.shippedQuantity(line));
            moves.add(move);
        }
        return moves;
    }

    /** The supplier of the purchase the ASN ships against (the party code in the message says the same). */
    private long supplierOf(AsnMessage asn) {
        List<Long> suppliers = client.search("party.party", TrytonShipmentMapping.supplierOf(asn));
        if (suppliers.isEmpty()) {
            throw new ErpRejectedException("Tryton has no supplier with the party code " + asn.supplierPartyCode());
        }
        return suppliers.getFirst();
    }
}
