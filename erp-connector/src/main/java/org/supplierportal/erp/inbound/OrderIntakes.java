package org.supplierportal.erp.inbound;

import org.springframework.stereotype.Component;
import org.supplierportal.erp.deadletter.DeadLetters;
import org.supplierportal.order.OrderInbound;

/** The two ways orders from the ERP come in: the import's and the reconciliation's. */
@Component
class OrderIntakes {

    private final OrderInbound inbound;
    private final ParkedOrders parked;
    private final DeadLetters deadLetters;

    OrderIntakes(OrderInbound inbound, ParkedOrders parked, DeadLetters deadLetters) {
        this.inbound = inbound;
        this.parked = parked;
        this.deadLetters = deadLetters;
    }

    /** For the import: a document older than what the portal has is ignored. */
    OrderIntake forImport(String system) {
        return new OrderIntake(inbound::receiveAll, parked, deadLetters, system);
    }

    /** For the reconciliation: the ERP's documents as they stand now win, whatever their revision marker says. */
    OrderIntake forReconciliation(String system) {
        return new OrderIntake(inbound::receiveCurrentState, parked, deadLetters, system);
    }
}
