package org.supplierportal.erp.outbound;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Starts one delivery round once the transaction that queued messages has committed (however many it queued), on a
 * background thread: the person who made the change does not wait for the ERP, and nothing is sent that might still
 * be rolled back. What this misses (a node stopping right after the commit) the dispatcher's sweep sends.
 */
@Component
class DeliveryAfterCommit {

    private final TransactionSynchronization afterCommit;

    DeliveryAfterCommit(OutboundDispatcher dispatcher) {
        this.afterCommit = new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                dispatcher.deliverDueInBackground();
            }
        };
    }

    /** Must run inside the transaction that queued the messages. */
    void deliverDueAfterCommit() {
        if (!TransactionSynchronizationManager.getSynchronizations().contains(afterCommit)) {
            TransactionSynchronizationManager.registerSynchronization(afterCommit);
        }
    }
}
