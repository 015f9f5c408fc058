package org.supplierportal.erp.inbound;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.supplierportal.erp.PulledRecord;
import org.supplierportal.erp.deadletter.DeadLetters;
import org.supplierportal.order.InboundResult;
import org.supplierportal.order.OrderDocument;
import org.supplierportal.order.OrderInbound;

/**
 * Takes orders read from the ERP in through the portal's inbound service (the same one every channel uses), parks
 * orders no tenant claims and dead-letters records that cannot be taken; what went through is no longer parked or
 * dead. Runs in the caller's transaction: the import's chunk, or the reconciliation's.
 */
class OrderIntake {

    private final Function<List<OrderDocument>, List<InboundResult>> receiver;
    private final ParkedOrders parkedOrders;
    private final DeadLetters deadLetters;
    private final String system;

    /** @param receiver the inbound service's way in: {@link OrderInbound#receiveAll} for the import (a document older
     *                 than what the portal has is ignored), {@link OrderInbound#receiveCurrentState} for the
     *                 reconciliation (the ERP's documents as they stand now win, whatever their revision marker says) */
    OrderIntake(Function<List<OrderDocument>, List<InboundResult>> receiver, ParkedOrders parkedOrders,
                DeadLetters deadLetters, String system) {
        this.receiver = receiver;
        this.parkedOrders = parkedOrders;
        this.deadLetters = deadLetters;
        this.system = system;
    }

    /** What became of each record, by its key; a record that could not be mapped counts as invalid. */
    Map<String, InboundResult.Kind> take(List<PulledRecord<OrderDocument>> records) {
        Map<String, InboundResult.Kind> outcomes = new LinkedHashMap<>();
        List<PulledRecord<OrderDocument>> mapped = new ArrayList<>();
        for (PulledRecord<OrderDocument> record : records) {
            if (record.isMapped()) {
                mapped.add(record);
            } else {
                deadLetter(record, record.mappingProblem());
                outcomes.put(record.key(), InboundResult.Kind.INVALID);
            }
        }
        // One call for all: tenants and existing orders are looked up once, not per order.
        List<InboundResult> results = receiver.apply(mapped.stream().map(PulledRecord::document).toList());
        List<String> takenIn = new ArrayList<>();
        for (int i = 0; i < mapped.size(); i++) {
            PulledRecord<OrderDocument> record = mapped.get(i);
            InboundResult result = results.get(i);
            switch (result.kind()) {
                case PARKED -> parkedOrders.park(record.document(), result.message());
                case INVALID -> deadLetter(record, result.message());
                default -> takenIn.add(record.key());
            }
            outcomes.put(record.key(), result.kind());
        }
        // Records that went through: no longer parked, no longer dead letters (one statement each, not one per order).
        parkedOrders.takenIn(system, takenIn);
        deadLetters.resolvedAll("ORDER", system, takenIn, "imported after the record was fixed");
        return outcomes;
    }

    private void deadLetter(PulledRecord<OrderDocument> record, String problem) {
        deadLetters.record(DeadLetters.INBOUND, "ORDER", system, record.key(), record.subject(), record.rawPayload(), problem);
    }
}
