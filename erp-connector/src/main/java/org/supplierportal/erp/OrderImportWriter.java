package org.supplierportal.erp;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.supplierportal.order.InboundResult;
import org.supplierportal.order.OrderDocument;
import org.supplierportal.order.OrderInbound;

/**
 * Hands each imported order to the portal's inbound service (the same one every channel uses), parks orders no
 * tenant claims, dead-letters records that cannot be taken, and advances the feed's watermark: all in the chunk's
 * transaction, so the watermark moves exactly with what was committed.
 */
class OrderImportWriter implements ItemWriter<PulledRecord<OrderDocument>> {

    private final OrderInbound inbound;
    private final ParkedOrders parkedOrders;
    private final DeadLetters deadLetters;
    private final SyncStates syncStates;
    private final String system;

    OrderImportWriter(OrderInbound inbound, ParkedOrders parkedOrders, DeadLetters deadLetters, SyncStates syncStates,
                      String system) {
        this.inbound = inbound;
        this.parkedOrders = parkedOrders;
        this.deadLetters = deadLetters;
        this.syncStates = syncStates;
        this.system = system;
    }

    @Override
    public void write(Chunk<? extends PulledRecord<OrderDocument>> chunk) {
        Watermark reached = Watermark.BEGINNING;
        List<PulledRecord<OrderDocument>> mapped = new ArrayList<>();
        for (PulledRecord<OrderDocument> record : chunk) {
            reached = reached.max(record.position());
            if (record.isMapped()) {
                mapped.add(record);
            } else {
                deadLetters.record(DeadLetters.INBOUND, "ORDER", system, record.key(), record.subject(), record.rawPayload(),
                        record.mappingProblem());
            }
        }
        // One call for the chunk: tenants and existing orders are looked up once, not per order.
        List<InboundResult> results = inbound.receiveAll(mapped.stream().map(PulledRecord::document).toList());
        List<String> takenIn = new ArrayList<>();
        for (int i = 0; i < mapped.size(); i++) {
            PulledRecord<OrderDocument> record = mapped.get(i);
            InboundResult result = results.get(i);
            switch (result.kind()) {
                case PARKED -> parkedOrders.park(record.document(), result.message());
                case INVALID -> deadLetters.record(DeadLetters.INBOUND, "ORDER", system, record.key(), record.subject(),
                        record.rawPayload(), result.message());
                default -> takenIn.add(record.key());
            }
        }
        // Records that went through: no longer parked, no longer dead letters (one statement each, not one per order).
        parkedOrders.takenIn(system, takenIn);
        deadLetters.resolvedAll("ORDER", system, takenIn, "imported after the record was fixed");
        syncStates.advance(ImportFeeds.ORDERS, reached);
    }
}
