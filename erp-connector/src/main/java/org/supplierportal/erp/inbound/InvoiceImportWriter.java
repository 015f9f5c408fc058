package org.supplierportal.erp.inbound;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.supplierportal.erp.PulledRecord;
import org.supplierportal.erp.Watermark;
import org.supplierportal.erp.deadletter.DeadLetters;
import org.supplierportal.invoice.InvoiceDocument;
import org.supplierportal.invoice.InvoiceInbound;

/**
 * Records invoice states through the portal's invoice service. Invoices the adapter could not map are dead letters;
 * invoices of companies that are not suppliers of the portal are passed over (they are none of its business).
 */
class InvoiceImportWriter implements ItemWriter<PulledRecord<InvoiceDocument>> {

    private final InvoiceInbound invoices;
    private final DeadLetters deadLetters;
    private final SyncStates syncStates;
    private final String system;

    InvoiceImportWriter(InvoiceInbound invoices, DeadLetters deadLetters, SyncStates syncStates, String system) {
        this.invoices = invoices;
        this.deadLetters = deadLetters;
        this.syncStates = syncStates;
        this.system = system;
    }

    @Override
    public void write(Chunk<? extends PulledRecord<InvoiceDocument>> chunk) {
        Watermark reached = Watermark.BEGINNING;
        for (PulledRecord<InvoiceDocument> record : chunk) {
            reached = reached.max(record.position());
            if (record.isMapped()) {
                invoices.receive(record.document());
            } else {
                deadLetters.record(DeadLetters.INBOUND, "INVOICE", system, record.key(), record.subject(), record.rawPayload(),
                        record.mappingProblem());
            }
        }
        syncStates.advance(ImportFeeds.INVOICES, reached);
    }
}
