package org.supplierportal.erp.outbound;

import org.springframework.stereotype.Component;
import org.supplierportal.erp.deadletter.DeadLetterReplayer;
import org.supplierportal.erp.deadletter.DeadLetterView;
import org.supplierportal.erp.deadletter.DeadLetters;
import org.supplierportal.erp.deadletter.ReplayOutcome;

/** A message the ERP refused goes back to the queue, for now; once the replays are committed, the queue is sent. */
@Component
class OutboundReplayer implements DeadLetterReplayer {

    private static final String QUEUED_AGAIN = "queued again for the ERP";

    private final OutboundQueue queue;
    private final OutboundDispatcher dispatcher;

    OutboundReplayer(OutboundQueue queue, OutboundDispatcher dispatcher) {
        this.queue = queue;
        this.dispatcher = dispatcher;
    }

    @Override
    public boolean replays(DeadLetterView letter) {
        return DeadLetters.OUTBOUND.equals(letter.direction());
    }

    @Override
    public ReplayOutcome replay(DeadLetterView letter) {
        queue.replay(letter.recordKey());
        return ReplayOutcome.replayed(QUEUED_AGAIN, QUEUED_AGAIN);
    }

    /** Sends at once what went back to the queue, in the background: the replay may come from an admin's request. */
    @Override
    public void afterReplays() {
        dispatcher.deliverDueInBackground();
    }
}
