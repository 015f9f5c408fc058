package org.supplierportal.erp;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.supplierportal.order.InboundResult;
import org.supplierportal.order.InvalidOrderDocumentException;
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
        for (PulledRecord<OrderDocument> record : chunk) {
            reached = reached.max(record.position());
            if (!record.isMapped()) {
                deadLetters.record(DeadLetters.INBOUND, "ORDER", system, record.key(), record.subject(), record.rawPayload(),
                        record.mappingProblem());
                continue;
            }
            try {
                InboundResult result = inbound.receive(record.document());
                if (result.kind() == InboundResult.Kind.PARKED) {
                    parkedOrders.park(record.document(), result.message());
                } else {
                    parkedOrders.takenIn(record.document().sourceSystem(), record.document().erpId());
                    deadLetters.resolved("ORDER", system, record.key(), "imported after the record was fixed");
                }
            } catch (InvalidOrderDocumentException invalid) {
                // Validation happens before anything is written, so the chunk's other records stay as they are.
                deadLetters.record(DeadLetters.INBOUND, "ORDER", system, record.key(), record.subject(), record.rawPayload(),
                        invalid.getMessage());
            }
        }
        syncStates.advance(ImportFeeds.ORDERS, reached);
    }
}
