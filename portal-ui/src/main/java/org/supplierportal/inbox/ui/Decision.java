package org.supplierportal.inbox.ui;

import java.util.UUID;

import org.supplierportal.order.CounterProposal;

/** What a buyer decided on an exception in the form, for the view to apply; with the words that confirm it. */
sealed interface Decision {

    UUID exceptionId();

    String confirmation();

    record Approve(UUID exceptionId, String note) implements Decision {
        public String confirmation() {
            return "Approved: the supplier's answer is now the agreed commitment";
        }
    }

    record Reject(UUID exceptionId, String reason) implements Decision {
        public String confirmation() {
            return "Rejected: the supplier must answer the line again";
        }
    }

    record Counter(UUID exceptionId, CounterProposal proposal, String note) implements Decision {
        public String confirmation() {
            return "Counter-proposal sent to the supplier";
        }
    }

    record Close(UUID exceptionId, String note) implements Decision {
        public String confirmation() {
            return "Closed";
        }
    }
}
