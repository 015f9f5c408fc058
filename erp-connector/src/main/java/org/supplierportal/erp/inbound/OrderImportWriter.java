package org.supplierportal.erp.inbound;

import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.supplierportal.erp.ErpAdapter;

/**
 * Reads the chunk's touched orders whole from the ERP (one call for the chunk where the ERP allows), takes them in
 * and, with the run's last order, advances the feeds' watermarks: all in the chunk's transaction, so the watermarks
 * move exactly when everything read up to them is committed.
 */
class OrderImportWriter implements ItemWriter<PendingOrder> {

    private final ErpAdapter adapter;
    private final OrderIntake intake;
    private final SyncStates syncStates;

    OrderImportWriter(ErpAdapter adapter, OrderIntake intake, SyncStates syncStates) {
        this.adapter = adapter;
        this.intake = intake;
        this.syncStates = syncStates;
    }

    @Override
    public void write(Chunk<? extends PendingOrder> chunk) {
        List<String> keys = chunk.getItems().stream().map(PendingOrder::key).toList();
        intake.take(adapter.pullOrders(keys));
        for (PendingOrder order : chunk) {
            order.advanceFeedsTo().forEach((feed, position) -> syncStates.advance(ErpJob.watermarkOf(feed), position));
        }
    }
}
