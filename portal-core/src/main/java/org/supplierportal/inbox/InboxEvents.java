package org.supplierportal.inbox;

import java.util.UUID;

import org.supplierportal.order.OrderId;
import org.supplierportal.tenancy.TenantId;

/** What happens in the inbox, as events other modules (notifications) react to. */
public final class InboxEvents {

    private InboxEvents() {
    }

    /**
     * A new exception waits for a buyer.
     *
     * @param orderId     the order it is about, or null (a quality step, an invoice)
     * @param orderNumber the PO number(s), or null
     * @param lineNumber  the PO line, or null
     * @param reason      why it is in the inbox, worded per reader
     * @param subject     what it is about when not an order (a quality step, an invoice), else null
     */
    public record ExceptionRaised(UUID exceptionId, TenantId tenantId, ExceptionType type, String supplierName,
                                  OrderId orderId, String orderNumber, Integer lineNumber, ExceptionReason reason,
                                  ExceptionSubject subject) {
    }
}
