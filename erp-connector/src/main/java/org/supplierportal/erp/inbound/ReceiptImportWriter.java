package org.supplierportal.erp.inbound;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.supplierportal.erp.PulledRecord;
import org.supplierportal.erp.Watermark;
import org.supplierportal.erp.deadletter.DeadLetters;
import org.supplierportal.shipment.ReceiptDocument;
import org.supplierportal.shipment.ReceiptInbound;
import org.supplierportal.shipment.ReceiptResult;

/** Records goods receipts through the portal's receipt service; unknown orders become dead letters to replay. */
class ReceiptImportWriter implements ItemWriter<PulledRecord<ReceiptDocument>> {

    private final ReceiptInbound receipts;
    private final DeadLetters deadLetters;
    private final SyncStates syncStates;
    private final String system;

    ReceiptImportWriter(ReceiptInbound receipts, DeadLetters deadLetters, SyncStates syncStates, String system) {
        this.receipts = receipts;
        this.deadLetters = deadLetters;
        this.syncStates = syncStates;
        this.system = system;
    }

    @Override
    public void write(Chunk<? extends PulledRecord<ReceiptDocument>> chunk) {
        Watermark reached = Watermark.BEGINNING;
        for (PulledRecord<ReceiptDocument> record : chunk) {
            reached = reached.max(record.position());
            String problem = record.isMapped() ? null : record.mappingProblem();
            if (problem == null) {
                ReceiptResult result = receipts.receive(record.document());
                if (result.kind() == ReceiptResult.Kind.UNKNOWN_ORDER) {
                    problem = result.message();
                }
            }
            if (problem != null) {
                deadLetters.record(DeadLetters.INBOUND, "RECEIPT", system, record.key(), record.subject(), record.rawPayload(), problem);
            }
        }
        syncStates.advance(ImportFeeds.RECEIPTS, reached);
    }
}
