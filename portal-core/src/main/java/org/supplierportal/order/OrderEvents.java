package org.supplierportal.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.supplierportal.tenancy.TenantId;

/** What happens to orders, as events other modules (the buyer inbox, the ERP connector) react to. */
public final class OrderEvents {

    private OrderEvents() {
    }

    /** A new order arrived from the ERP. */
    public record PurchaseOrderReceived(OrderId orderId, TenantId tenantId, String number, int revision) {
    }

    /** An order changed in the ERP; the listed lines must be answered again. */
    public record PurchaseOrderRevised(OrderId orderId, TenantId tenantId, String number, int revision,
                                       List<Integer> linesToAnswer) {
    }

    /** Supplier and buyer agreed on a line: these are the values for the ERP. */
    public record CommitmentMade(OrderId orderId, TenantId tenantId, String sourceSystem, String erpId, String number,
                                 int revision, int lineNumber, String erpLineId, String unit, String currency,
                                 BigDecimal unitPrice, BigDecimal priceUnit, List<Commitment.Delivery> deliveries,
                                 CommitmentSource source, Instant committedAt) {

        /** The key the ERP side checks before it acts: re-sending the same commitment never applies it twice. */
        public String idempotencyKey() {
            return "commitment:" + orderId + ":" + revision + ":" + lineNumber + ":" + committedAt.toEpochMilli();
        }
    }

    /** The supplier answered (part of) the current revision. */
    public record OrderAnswered(OrderId orderId, TenantId tenantId, int revision) {
    }

    /**
     * The acknowledgment of an order's current revision is past its deadline.
     *
     * @param rule why a buyer sees it, in the buyer's words ("The acknowledgment of revision 2 was due ...")
     */
    public record AcknowledgmentOverdue(OrderId orderId, TenantId tenantId, String number, int revision, Instant dueAt,
                                        String rule) {
    }

    /**
     * The acknowledgment of an order's current revision is due soon (within the reminder window, 24 hours unless
     * configured) and the supplier has not answered yet. Raised once per order and deadline.
     */
    public record AcknowledgmentDueSoon(OrderId orderId, TenantId tenantId, String number, int revision, Instant dueAt) {
    }
}
