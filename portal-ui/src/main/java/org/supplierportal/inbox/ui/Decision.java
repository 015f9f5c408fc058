package org.supplierportal.inbox.ui;

import java.util.UUID;

import org.supplierportal.order.CounterProposal;
import com.vaadin.flow.i18n.I18NProvider;

/** What a buyer decided on an exception in the form, for the view to apply; with the words that confirm it. */
sealed interface Decision {

    UUID exceptionId();

    String confirmation();

    record Approve(UUID exceptionId, String note) implements Decision {
        public String confirmation() {
            return I18NProvider.translate("inbox.decision.approved");
        }
    }

    record Reject(UUID exceptionId, String reason) implements Decision {
        public String confirmation() {
            return I18NProvider.translate("inbox.decision.rejected");
        }
    }

    record Counter(UUID exceptionId, CounterProposal proposal, String note) implements Decision {
        public String confirmation() {
            return I18NProvider.translate("inbox.decision.countered");
        }
    }

    record Close(UUID exceptionId, String note) implements Decision {
        public String confirmation() {
            return I18NProvider.translate("inbox.decision.closed");
        }
    }
}
