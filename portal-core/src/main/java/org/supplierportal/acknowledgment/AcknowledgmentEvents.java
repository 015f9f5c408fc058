package org.supplierportal.acknowledgment;

import java.util.List;
import java.util.UUID;

import org.supplierportal.order.OrderId;
import org.supplierportal.tenancy.TenantId;

/** What happens to acknowledgments, as events the buyer inbox reacts to. */
public final class AcknowledgmentEvents {

    private AcknowledgmentEvents() {
    }

    /** Why a buyer is needed. */
    public enum Reason { OUTSIDE_TOLERANCE, SUPPLIER_REJECTED_LINE, COUNTER_REJECTED }

    /**
     * A supplier's answer on a line needs a buyer's decision.
     *
     * @param orderedSummary  what was ordered, as an {@code ExplanationText} (a key of the rules bundle with its values,
     *                        read in each buyer's language; in English "100 pcs on 2026-12-15 at 12.50 EUR")
     * @param proposedSummary what the supplier answered, the same way
     * @param rule            the rule (or rules) that sent it to a buyer, with values and limits, in English
     * @param ruleReasons     the same, each rule's reason as {@code ExplanationText} keeps it, for readers of other
     *                        languages; empty when no rule sent it (a rejected counter-proposal)
     */
    public record LineNeedsBuyerDecision(UUID acknowledgmentLineId, OrderId orderId, TenantId tenantId,
                                         String orderNumber, int revision, UUID orderLineId, int lineNumber,
                                         String partNumber, Reason reason, String orderedSummary,
                                         String proposedSummary, String rule, List<String> ruleReasons) {
    }

    /** A buyer's decision was applied to a line (the inbox closes the exception). */
    public record BuyerDecisionApplied(UUID acknowledgmentLineId, OrderId orderId, TenantId tenantId, int lineNumber,
                                       String decision) {
    }
}
