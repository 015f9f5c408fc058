package org.supplierportal.erp.inbound;

import org.springframework.stereotype.Component;
import org.supplierportal.erp.ErpAdapter;
import org.supplierportal.erp.ErpConnection;
import org.supplierportal.erp.PulledRecord;
import org.supplierportal.erp.deadletter.DeadLetterReplayer;
import org.supplierportal.erp.deadletter.DeadLetterView;
import org.supplierportal.erp.deadletter.DeadLetters;
import org.supplierportal.erp.deadletter.ReplayOutcome;
import org.supplierportal.order.InboundResult;
import org.supplierportal.order.OrderDocument;
import org.supplierportal.order.OrderInbound;

/** An order that could not be taken in is read again from the ERP (where its record was fixed) and taken in now. */
@Component
class OrderReplayer implements DeadLetterReplayer {

    private final ErpConnection connection;
    private final OrderInbound inbound;
    private final ParkedOrders parkedOrders;

    OrderReplayer(ErpConnection connection, OrderInbound inbound, ParkedOrders parkedOrders) {
        this.connection = connection;
        this.inbound = inbound;
        this.parkedOrders = parkedOrders;
    }

    @Override
    public boolean replays(DeadLetterView letter) {
        return DeadLetters.INBOUND.equals(letter.direction()) && "ORDER".equals(letter.kind());
    }

    @Override
    public ReplayOutcome replay(DeadLetterView letter) {
        ErpAdapter adapter = connection.adapter().orElseThrow(() -> new IllegalStateException("No ERP is connected"));
        PulledRecord<OrderDocument> record = adapter.pullOrder(letter.recordKey())
                .orElseThrow(() -> new IllegalStateException("The ERP no longer has " + letter.subject()));
        if (!record.isMapped()) {
            return ReplayOutcome.failedAgain("still cannot be taken: " + record.mappingProblem(), record.mappingProblem());
        }
        InboundResult result = inbound.receive(record.document());
        if (result.kind() == InboundResult.Kind.PARKED) {
            parkedOrders.park(record.document(), result.message());
        }
        String kind = result.kind().name().toLowerCase();
        return ReplayOutcome.replayed("taken in (" + kind + ")", kind);
    }
}
