package org.supplierportal.quality;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.supplierportal.shipment.ShipmentEvents;
import org.supplierportal.tenancy.CurrentUsers;

/** Opens incidents for what the ERP rejects at goods receipt; after the receipt commits, as the system. */
@Component
class QualityListeners {

    private final QualityService quality;
    private final CurrentUsers currentUsers;

    QualityListeners(QualityService quality, CurrentUsers currentUsers) {
        this.quality = quality;
        this.currentUsers = currentUsers;
    }

    @Async
    @TransactionalEventListener
    void on(ShipmentEvents.ReceiptRejected event) {
        currentUsers.runAsSystem("quality", () -> quality.openFromReceipt(event));
    }
}
